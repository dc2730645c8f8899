import FrontMatter

/// Reads a schema (`kinds:` and `vocabularies:` of `site.yml`, or the built-in schema text)
/// over a base schema: a kind or vocabulary of the same name is changed, a new one is added,
/// `remove: true` takes one away. Every mistake is reported at its line and column.
struct SchemaReader {
  /// The file the schema comes from.
  let path: String
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// Keys a kind may have.
  static let kindKeys: Set<String> = [
    "folder", "name", "title", "template", "events", "people", "feed", "fields", "remove",
    "body",
  ]
  /// Keys a field may have.
  static let fieldKeys: Set<String> = [
    "type", "required", "vocabulary", "label", "facet", "role", "unit", "min", "max", "to",
    "example", "hint", "default", "remove",
  ]

  /// The built-in schema, read once.
  static let builtIn: Schema = {
    let bag = DiagnosticBag()
    let value = try? FrontMatter.parseYAML(BuiltInSchema.text)
    let reader = SchemaReader(path: BuiltInSchema.path, diagnostics: bag)
    return reader.read(value?.mapping ?? YAMLMapping(), over: Schema())
  }()

  /// `base` with the schema keys of `map` applied, then checked as a whole.
  func read(_ map: YAMLMapping, over base: Schema) -> Schema {
    var schema = base
    var places: [String: SourceLocation] = [:]
    if let vocabularies = section(map, "vocabularies") {
      for entry in vocabularies.entries {
        readVocabulary(entry, into: &schema)
      }
    }
    if let kinds = section(map, "kinds") {
      for entry in kinds.entries {
        readKind(entry, into: &schema, places: &places)
      }
    }
    if let home = map["home"] {
      let reader = FieldReader(path: path, diagnostics: diagnostics)
      schema.home = reader.strings(home, named: "home")
      places["home"] = home.location
    }
    check(schema, places: places)
    return schema
  }

  private func section(_ map: YAMLMapping, _ key: String) -> YAMLMapping? {
    guard let value = map[key], !value.isNull else { return nil }
    guard let mapping = value.mapping else {
      error(value.location, "'\(key)' must be a map of names, each with its settings below it")
      return nil
    }
    return mapping
  }

  private func readVocabulary(_ entry: YAMLMapping.Entry, into schema: inout Schema) {
    let name = entry.key
    guard let map = entry.value.mapping else {
      error(entry.value.location, "vocabulary '\(name)' must be a map with 'values:', 'add:' or 'open:'")
      return
    }
    let reader = FieldReader(path: path, diagnostics: diagnostics)
    let known: Set<String> = ["values", "add", "open", "remove"]
    for key in map.entries where !known.contains(key.key) {
      reader.warnUnknown(key.key, at: key.keyLocation, known: known)
    }
    if reader.bool(map["remove"], named: "remove") == true {
      schema.vocabularies[name] = nil
      return
    }
    var vocabulary = schema.vocabularies[name] ?? Vocabulary(name: name, values: [])
    if map["values"] != nil { vocabulary.values = reader.strings(map["values"], named: "values") }
    for value in reader.strings(map["add"], named: "add") where !vocabulary.values.contains(value) {
      vocabulary.values.append(value)
    }
    vocabulary.open = reader.bool(map["open"], named: "open") ?? vocabulary.open
    schema.vocabularies[name] = vocabulary
  }

  private func readKind(
    _ entry: YAMLMapping.Entry, into schema: inout Schema, places: inout [String: SourceLocation]
  ) {
    let name = entry.key
    guard let map = entry.value.mapping else {
      error(entry.value.location, "kind '\(name)' must be a map with 'folder:', 'name:', 'fields:' …")
      return
    }
    let reader = FieldReader(path: path, diagnostics: diagnostics)
    for key in map.entries where !Self.kindKeys.contains(key.key) {
      reader.warnUnknown(key.key, at: key.keyLocation, known: Self.kindKeys)
    }
    let existing = schema.kinds.firstIndex { $0.name == name }
    if reader.bool(map["remove"], named: "remove") == true {
      if let existing { schema.kinds.remove(at: existing) }
      schema.home.removeAll { $0 == name }
      return
    }
    var kind = existing.map { schema.kinds[$0] } ?? Kind(name: name)
    if existing == nil { kind.folder = name }
    places["kind " + name] = entry.keyLocation
    if map["folder"] != nil {
      kind.folder = reader.string(map["folder"], named: "folder") ?? kind.folder
      places["folder " + name] = map["folder"]?.location
    }
    if let names = map["name"]?.mapping {
      for form in names.entries {
        kind.names[form.key] = reader.strings(form.value, named: "name.\(form.key)")
      }
    }
    if let titles = map["title"]?.mapping {
      for title in titles.entries {
        kind.titles[title.key] = reader.string(title.value, named: "title.\(title.key)")
      }
    }
    kind.template = reader.nonEmptyString(map["template"], named: "template") ?? kind.template
    kind.events = reader.bool(map["events"], named: "events") ?? kind.events
    kind.people = reader.bool(map["people"], named: "people") ?? kind.people
    kind.feed = reader.bool(map["feed"], named: "feed") ?? kind.feed
    kind.body = reader.string(map["body"], named: "body") ?? kind.body
    if let fields = map["fields"] {
      guard let fieldMap = fields.mapping else {
        error(fields.location, "'fields' of kind '\(name)' must be a map: one field name per line")
        return
      }
      for field in fieldMap.entries {
        readField(field, of: &kind, places: &places)
      }
    }
    if let existing {
      schema.kinds[existing] = kind
    } else {
      // New kinds go before the kind without a folder (`page`), which stays last.
      let last = schema.kinds.lastIndex { $0.folder.isEmpty } ?? schema.kinds.count
      schema.kinds.insert(kind, at: last)
      // and onto the home page, unless the site's `home:` says otherwise.
      schema.home.append(name)
    }
  }

  private func error(_ location: SourceLocation?, _ message: String) {
    diagnostics.error(path, line: location?.line ?? 1, column: location?.column ?? 1, message)
  }
}

extension SchemaReader {
  fileprivate func readField(
    _ entry: YAMLMapping.Entry, of kind: inout Kind, places: inout [String: SourceLocation]
  ) {
    let name = entry.key
    let where_ = "field '\(name)' of kind '\(kind.name)'"
    guard let map = entry.value.mapping else {
      error(entry.value.location, "\(where_) must be a map such as {type: text, label: {ru: …}}")
      return
    }
    let reader = FieldReader(path: path, diagnostics: diagnostics)
    for key in map.entries where !Self.fieldKeys.contains(key.key) {
      reader.warnUnknown(key.key, at: key.keyLocation, known: Self.fieldKeys)
    }
    let existing = kind.fields.firstIndex { $0.name == name }
    if reader.bool(map["remove"], named: "remove") == true {
      if let existing { kind.fields.remove(at: existing) }
      return
    }
    var field = existing.map { kind.fields[$0] } ?? Field(name: name, type: .text)
    if let typeValue = map["type"] {
      field.type = readType(typeValue, map: map, reader: reader, in: where_) ?? field.type
    } else if existing == nil {
      error(entry.keyLocation, "\(where_) has no 'type:'; write one of \(Self.typeList)")
    }
    if case .integer(let range) = field.type, map["type"] == nil,
      map["min"] != nil || map["max"] != nil
    {
      let low = reader.int(map["min"], named: "min", in: Int.min...Int.max) ?? range.lowerBound
      let high = reader.int(map["max"], named: "max", in: Int.min...Int.max) ?? range.upperBound
      field.type = .integer(low...max(low, high))
    }
    field.required = reader.bool(map["required"], named: "required") ?? field.required
    if let vocabulary = map["vocabulary"] {
      field.vocabulary = reader.nonEmptyString(vocabulary, named: "vocabulary")
      places["vocabulary \(kind.name).\(name)"] = vocabulary.location
    }
    field.facet = reader.nonEmptyString(map["facet"], named: "facet") ?? field.facet
    field.role =
      reader.choice(map["role"], named: "role", from: ["authors", "participants"]) ?? field.role
    field.unit = reader.nonEmptyString(map["unit"], named: "unit") ?? field.unit
    field.example = reader.string(map["example"], named: "example") ?? field.example
    if let labels = map["label"]?.mapping {
      for label in labels.entries { field.labels[label.key] = label.value.scalarString }
    }
    if let hints = map["hint"]?.mapping {
      for hint in hints.entries { field.hints[hint.key] = hint.value.scalarString }
    }
    if let given = map["default"] { field.defaultValue = given }
    if field.required, let given = map["default"] {
      error(
        given.location,
        "\(where_) is required and has a default: a required field must be written on every page, so remove 'default:' or 'required: true'"
      )
    }
    if case .choice = field.type, field.vocabulary == nil {
      error(entry.keyLocation, "\(where_) is a 'choice' with no 'vocabulary:': name the list its values come from")
    }
    places["field \(kind.name).\(name)"] = entry.keyLocation
    if let existing { kind.fields[existing] = field } else { kind.fields.append(field) }
  }

  /// The type names, for messages.
  static var typeList: String {
    FieldType.names.map { "'\($0.0)'" }.joined(separator: ", ")
  }

  private func readType(_ value: YAMLValue, map: YAMLMapping, reader: FieldReader, in where_: String)
    -> FieldType?
  {
    guard let written = reader.nonEmptyString(value, named: "type") else { return nil }
    switch written {
    case "text": return .text
    case "markdown": return .markdown
    case "integer":
      let low = reader.int(map["min"], named: "min", in: Int.min...Int.max) ?? 0
      let high = reader.int(map["max"], named: "max", in: Int.min...Int.max) ?? 1_000_000
      guard low <= high else {
        error(map["min"]?.location, "\(where_): 'min' (\(low)) is above 'max' (\(high))")
        return .integer(low...low)
      }
      return .integer(low...high)
    case "date": return .date
    case "date-time": return .dateTime
    case "boolean": return .boolean
    case "list": return .list
    case "grade", "grades": return .grades
    case "reference":
      guard let target = reader.nonEmptyString(map["to"], named: "to") else {
        error(value.location, "\(where_) is a 'reference' with no 'to:': name the kind it points at")
        return nil
      }
      return .reference(target)
    case "person": return .person
    case "file": return .file
    case "url": return .url
    case "email", "e-mail": return .email
    case "choice": return .choice
    default:
      var message = "\(where_) has unknown type '\(written)'"
      if let near = Suggestion.closest(to: written, in: FieldType.names.map(\.0)) {
        message += "; did you mean '\(near)'?"
      } else {
        message += "; write one of \(Self.typeList)"
      }
      error(value.location, message)
      return nil
    }
  }

  /// Checks the merged schema: vocabularies that fields name exist, references point at
  /// kinds, no two kinds claim one folder.
  fileprivate func check(_ schema: Schema, places: [String: SourceLocation]) {
    for name in schema.home where schema.kind(named: name) == nil {
      var message = "'home' names the kind '\(name)', which does not exist"
      if let near = Suggestion.closest(to: name, in: schema.kinds.map(\.name)) {
        message += "; did you mean '\(near)'?"
      }
      error(places["home"], message)
    }
    var owners: [String: String] = [:]
    for kind in schema.kinds {
      if !kind.folder.isEmpty {
        if let other = owners[kind.folder] {
          error(
            places["folder " + kind.name] ?? places["kind " + kind.name],
            "kinds '\(other)' and '\(kind.name)' both claim the folder '\(kind.folder)/': give one of them another 'folder:'"
          )
        } else {
          owners[kind.folder] = kind.name
        }
      }
      for field in kind.fields {
        if let name = field.vocabulary, schema.vocabularies[name] == nil {
          var message =
            "field '\(field.name)' of kind '\(kind.name)' uses the vocabulary '\(name)', which is not declared"
          if let near = Suggestion.closest(to: name, in: schema.vocabularies.keys) {
            message += "; did you mean '\(near)'?"
          } else {
            message += ": declare it under 'vocabularies:' with 'values: […]'"
          }
          error(places["vocabulary \(kind.name).\(field.name)"], message)
        }
        if case .reference(let target) = field.type, schema.kind(named: target) == nil {
          error(
            places["field \(kind.name).\(field.name)"],
            "field '\(field.name)' of kind '\(kind.name)' points at kind '\(target)', which does not exist"
          )
        }
      }
    }
  }
}
