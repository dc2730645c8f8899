import FrontMatter

/// Reads `kinds:` and `vocabularies:` of a config (or of the built-in schema) and merges them
/// over a base schema, reporting every mistake at its line and column in words a methodist
/// understands.
struct SchemaReader {
  /// Reads values and reports problems against the config file.
  let reader: FieldReader
  /// Whether this is the built-in schema (its fields are read by the built-in code).
  var builtIn = false

  private static let kindKeys: Set<String> = [
    "folder", "name", "plural", "template", "events", "people", "feed", "fields", "remove",
    "new_page",
  ]
  private static let fieldKeys: Set<String> = [
    "type", "required", "vocabulary", "kind", "min", "max", "label", "facet", "taxonomy",
    "default",
  ]

  /// `base` with the kinds and vocabularies of `config` merged over it.
  func merge(_ config: YAMLMapping, over base: SiteSchema) -> SiteSchema {
    var schema = base
    if let vocabularies = reader.given(config["vocabularies"]) {
      if let map = vocabularies.mapping {
        for entry in map.entries { readVocabulary(entry, into: &schema) }
      } else {
        reader.error(
          vocabularies,
          "'vocabularies' must be a map of lists, such as:\n  vocabularies:\n    formats: [очно, онлайн]"
        )
      }
    }
    if let kinds = reader.given(config["kinds"]) {
      if let map = kinds.mapping {
        for entry in map.entries { readKind(entry, into: &schema) }
      } else {
        reader.error(
          kinds, "'kinds' must be a map of kinds, such as:\n  kinds:\n    news:\n      folder: news"
        )
      }
      check(schema, kinds: kinds.mapping ?? YAMLMapping())
      checkFacets(schema, kinds: kinds.mapping ?? YAMLMapping())
    }
    if let page = schema.kinds.firstIndex(where: { $0.name == "page" }) {
      schema.kinds.append(schema.kinds.remove(at: page))
    }
    schema.facets = schema.collectFacets()
    return schema
  }

  private func readVocabulary(_ entry: YAMLMapping.Entry, into schema: inout SiteSchema) {
    var vocabulary = schema.vocabularies[entry.key] ?? Vocabulary()
    vocabulary.location = entry.keyLocation
    if entry.value.array != nil || entry.value.string != nil {
      vocabulary.values = reader.strings(entry.value, named: entry.key)
    } else if let map = entry.value.mapping {
      for key in map.keys where !["values", "add", "open"].contains(key) {
        reader.warnUnknown(
          key, at: map.entry(for: key)!.keyLocation, known: ["values", "add", "open"])
      }
      if map["values"] != nil { vocabulary.values = reader.strings(map["values"], named: "values") }
      for word in reader.strings(map["add"], named: "add")
      where !vocabulary.values.contains(where: {
        RussianText.sortKey($0) == RussianText.sortKey(word)
      }) {
        vocabulary.values.append(word)
      }
      vocabulary.open = reader.bool(map["open"], named: "open") ?? vocabulary.open
    } else {
      reader.error(
        entry.value,
        "the vocabulary '\(entry.key)' must be a list of words, such as \(entry.key): [очно, онлайн],"
          + " or a map with 'values:', 'add:' and 'open:'")
      return
    }
    if schema.vocabularies[entry.key] == nil { schema.vocabularyOrder.append(entry.key) }
    schema.vocabularies[entry.key] = vocabulary
  }

  private func readKind(_ entry: YAMLMapping.Entry, into schema: inout SiteSchema) {
    let name = entry.key
    guard let map = entry.value.mapping else {
      reader.error(
        entry.value, "the kind '\(name)' must be a map, such as:\n  \(name):\n    folder: \(name)")
      return
    }
    for item in map.entries where !Self.kindKeys.contains(item.key) {
      reader.warnUnknown(item.key, at: item.keyLocation, known: Self.kindKeys)
    }
    let existing = schema.kinds.firstIndex { $0.name == name }
    if reader.bool(map["remove"], named: "remove") == true {
      if let existing { schema.kinds.remove(at: existing) }
      return
    }
    var kind = existing.map { schema.kinds[$0] } ?? KindSchema(name: name)
    if let folder = reader.nonEmptyString(map["folder"], named: "folder") {
      kind.folder = folder
    } else if existing == nil && name != "page" {
      diagnosticAt(
        entry.keyLocation,
        "the kind '\(name)' has no folder: add 'folder: \(name)s' under it, the folder in content/"
          + " where its pages are")
    }
    kind.label = localized(map["name"], named: "name", over: kind.label)
    kind.plural = localized(map["plural"], named: "plural", over: kind.plural)
    kind.template = reader.nonEmptyString(map["template"], named: "template") ?? kind.template
    kind.events = reader.bool(map["events"], named: "events") ?? kind.events
    kind.people = reader.bool(map["people"], named: "people") ?? kind.people
    kind.inFeed = reader.bool(map["feed"], named: "feed") ?? kind.inFeed
    if let newPage = reader.given(map["new_page"]) { readNewPage(newPage, into: &kind) }
    if let fields = reader.given(map["fields"]) {
      if let fieldMap = fields.mapping {
        for item in fieldMap.entries {
          guard let field = readField(item, over: kind.field(named: item.key)) else { continue }
          if let index = kind.fields.firstIndex(where: { $0.name == item.key }) {
            kind.fields[index] = field
          } else {
            kind.fields.append(field)
          }
        }
      } else {
        reader.error(
          fields,
          "'fields' of the kind '\(name)' must be a map, such as:\n  fields:\n    place: text")
      }
    }
    if let existing { schema.kinds[existing] = kind } else { schema.kinds.append(kind) }
  }

  private func readNewPage(_ value: YAMLValue, into kind: inout KindSchema) {
    guard let map = value.mapping else {
      reader.error(
        value,
        "'new_page' of the kind '\(kind.name)' must be a map with 'fields: |' and 'body: |'")
      return
    }
    for item in map.entries where !["fields", "body"].contains(item.key) {
      reader.warnUnknown(item.key, at: item.keyLocation, known: ["fields", "body"])
    }
    if let fields = reader.nonEmptyString(map["fields"], named: "fields") {
      kind.newPageFields = fields.split(separator: "\n").map(String.init)
    }
    if let body = reader.nonEmptyString(map["body"], named: "body") {
      kind.newPageBody = body + "\n"
    }
  }

  private func readField(_ entry: YAMLMapping.Entry, over base: FieldSchema?) -> FieldSchema? {
    var field = base ?? FieldSchema(name: entry.key)
    field.builtIn = base?.builtIn ?? builtIn
    let map: YAMLMapping
    if let written = entry.value.mapping {
      map = written
    } else if entry.value.string != nil {
      map = YAMLMapping(entries: [
        .init(key: "type", keyLocation: entry.keyLocation, value: entry.value)
      ])
    } else {
      reader.error(
        entry.value,
        "the field '\(entry.key)' must be a type, such as '\(entry.key): text', or a map with 'type:'"
      )
      return nil
    }
    for item in map.entries where !Self.fieldKeys.contains(item.key) {
      reader.warnUnknown(item.key, at: item.keyLocation, known: Self.fieldKeys)
    }
    if let typeValue = reader.given(map["type"]),
      let typeName = reader.nonEmptyString(typeValue, named: "type")
    {
      if let type = FieldType(rawValue: typeName) {
        field.type = type
      } else {
        let names = FieldType.allCases.map(\.rawValue)
        var message = "unknown field type '\(typeName)' of '\(entry.key)'"
        if let near = Suggestion.closest(to: typeName, in: names) {
          message += "; did you mean '\(near)'?"
        }
        reader.error(typeValue, message + " (the types are: " + names.joined(separator: ", ") + ")")
      }
    } else if map["vocabulary"] != nil {
      field.type = .choice
    }
    field.required = reader.bool(map["required"], named: "required") ?? field.required
    field.facet = reader.bool(map["facet"], named: "facet") ?? field.facet
    field.taxonomy = reader.nonEmptyString(map["taxonomy"], named: "taxonomy") ?? field.taxonomy
    field.vocabulary =
      reader.nonEmptyString(map["vocabulary"], named: "vocabulary") ?? field.vocabulary
    field.references = reader.nonEmptyString(map["kind"], named: "kind") ?? field.references
    field.label = localized(map["label"], named: "label", over: field.label)
    let low = reader.int(map["min"], named: "min", in: Int.min...Int.max)
    let high = reader.int(map["max"], named: "max", in: Int.min...Int.max)
    if low != nil || high != nil {
      let lower = low ?? field.range?.lowerBound ?? 0
      let upper = high ?? field.range?.upperBound ?? 1_000_000
      if lower <= upper {
        field.range = lower...upper
      } else if let value = map["max"] {
        reader.error(value, "'max' of '\(entry.key)' is less than its 'min': swap them")
      }
    }
    if field.required, let value = map["default"] {
      reader.error(
        value,
        "the field '\(entry.key)' is required and has a default: a page must write a required"
          + " field itself, so remove 'default:' or 'required: true'")
    }
    if field.type == .choice, field.vocabulary == nil, let value = map["type"] {
      reader.error(
        value,
        "the field '\(entry.key)' is a choice but names no vocabulary: add 'vocabulary: NAME'"
          + " and declare the words under 'vocabularies:'")
    }
    return field
  }

  /// The errors only the whole schema shows: a vocabulary or kind named but not declared, two
  /// kinds in one folder.
  private func check(_ schema: SiteSchema, kinds written: YAMLMapping) {
    var owners: [String: String] = [:]
    for kind in schema.kinds where !kind.folder.isEmpty {
      if let first = owners[kind.folder] {
        let location =
          written[kind.name]?["folder"]?.location ?? written.entry(for: kind.name)?.keyLocation
          ?? written[first]?["folder"]?.location ?? SourceLocation(line: 1, column: 1)
        diagnosticAt(
          location,
          "the kinds '\(first)' and '\(kind.name)' both claim the folder '\(kind.folder)': give"
            + " '\(kind.name)' a folder of its own, such as 'folder: \(kind.name)s'")
      } else {
        owners[kind.folder] = kind.name
      }
      let declared = written[kind.name]?["fields"]?.mapping
      for field in kind.fields {
        let location = declared?[field.name].map { ($0["vocabulary"] ?? $0["kind"] ?? $0).location }
        guard let location else { continue }
        if let vocabulary = field.vocabulary, schema.vocabularies[vocabulary] == nil {
          var message =
            "the field '\(field.name)' uses the vocabulary '\(vocabulary)', which is not declared"
          if let near = Suggestion.closest(to: vocabulary, in: schema.vocabularyOrder) {
            message += "; did you mean '\(near)'?"
          }
          diagnosticAt(
            location,
            message + " (declare it under 'vocabularies:', such as \(vocabulary): [слово, слово])")
        }
        if let target = field.references, schema.kind(named: target) == nil {
          diagnosticAt(
            location,
            "the field '\(field.name)' refers to the kind '\(target)', which the site does not have;"
              + " the kinds are: " + schema.kinds.map(\.name).joined(separator: ", "))
        }
      }
    }
  }

  private func localized(_ value: YAMLValue?, named name: String, over base: LocalizedText)
    -> LocalizedText
  {
    guard let value = reader.given(value) else { return base }
    var result = base
    if let map = value.mapping {
      for entry in map.entries {
        if ["ru", "kk", "en"].contains(entry.key) {
          result.texts[entry.key] = reader.nonEmptyString(
            entry.value, named: "\(name).\(entry.key)")
        } else {
          reader.warnUnknown(entry.key, at: entry.keyLocation, known: ["ru", "kk", "en"])
        }
      }
    } else if let text = reader.nonEmptyString(value, named: name) {
      result.texts = ["ru": text]
    }
    return result
  }

  func diagnosticAt(_ location: SourceLocation, _ message: String) {
    reader.diagnostics.error(reader.path, line: location.line, column: location.column, message)
  }
}
