import FrontMatter

/// Reads the fields of a page that its kind's schema declares and the built-in code does not
/// read: checks each against its type, vocabulary and range, and returns them ready to show.
struct SchemaFieldsReader {
  /// Reads values and reports problems against the page.
  let reader: FieldReader
  /// The content model (for vocabularies).
  let schema: SiteSchema
  /// The page's kind.
  let kind: KindSchema

  /// One word of the field's vocabulary in its canonical spelling. A word a closed vocabulary
  /// lacks is an error with the nearest word suggested; an open one takes any word, warning
  /// only when it is close to a known one.
  func choice(_ value: YAMLValue?, field: FieldSchema?) -> String? {
    guard let field else { return nil }
    guard let vocabularyName = field.vocabulary,
      let vocabulary = schema.vocabularies[vocabularyName]
    else { return reader.nonEmptyString(value, named: field.name) }
    guard let text = reader.nonEmptyString(value, named: field.name), let value else { return nil }
    let key = RussianText.sortKey(text)
    if let match = vocabulary.values.first(where: { RussianText.sortKey($0) == key }) {
      return match
    }
    let near = Suggestion.closest(to: text, in: vocabulary.values)
    if vocabulary.open {
      if let near, isTypo(text, of: near) {
        warnNewValue(text, near: near, at: value, field: field, vocabularyName)
      }
      return text
    }
    let list = vocabulary.values.map { "'\($0)'" }.joined(separator: ", ")
    var message = "'\(field.name)' must be one of \(list), not '\(text)'"
    if let near { message += "; did you mean '\(near)'?" }
    reader.error(value, message)
    return nil
  }

  /// Whether `text` is within a typo or two of `known` (one edit per six letters): closer
  /// than the "did you mean" of a closed list, since an open one takes new words as they are.
  private func isTypo(_ text: String, of known: String) -> Bool {
    let typed = Array(text.lowercased().unicodeScalars)
    let limit = max(2, typed.count / 6)
    return Suggestion.editDistance(typed, Array(known.lowercased().unicodeScalars), atMost: limit)
      != nil
  }

  /// An open vocabulary takes any value; one a letter or two away from a known word may be
  /// a typo, so it is kept with a warning that names the word and how to add the new one.
  private func warnNewValue(
    _ text: String, near: String, at value: YAMLValue, field: FieldSchema, _ vocabularyName: String
  ) {
    reader.warning(
      value,
      "'\(text)' is a new value of '\(field.name)' (not in the list '\(vocabularyName)'); kept as written."
        + " Did you mean '\(near)'? To silence this, add it in site.yml: vocabularies:"
        + " \(vocabularyName): add: [\(LooseValue.quotedIfNeeded(text))]"
    )
  }

  /// An e-mail address; anything else is an error that shows what one looks like.
  func email(_ value: YAMLValue?, named name: String) -> String? {
    guard let text = reader.nonEmptyString(value, named: name), let value else { return nil }
    guard PageFieldsReader.looksLikeEmail(text) else {
      reader.error(value, "'\(name)' must be an address such as name@school.ru, not '\(text)'")
      return nil
    }
    return text
  }

  /// `subject` and `grade`, which every page may have, for kinds whose built-in code does not
  /// read them.
  func readCommonFacts(_ page: Page) {
    if kind.field(named: "subject")?.builtIn != true, page.facts.subjects.isEmpty,
      let subject = reader.nonEmptyString(page.fields["subject"], named: "subject")
    {
      page.facts.subjects = [Subjects.canonical(subject)]
    }
    if kind.field(named: "grade")?.builtIn != true, page.facts.grades.isEmpty {
      page.facts.grades = GradeList.read(page.fields["grade"], named: "grade", reader: reader)
    }
  }

  /// Reads every declared field of the page: the built-in ones into its typed facts, the
  /// others into the values it shows (people are read by `PeopleResolver`); keeps the terms of
  /// its facet fields.
  func read(_ page: Page) -> [FieldValue] {
    let builtIns = BuiltInFields(values: self)
    var result: [FieldValue] = []
    for field in kind.fields {
      let value = page.fields[field.name]
      guard reader.given(value) != nil else {
        if field.required { missing(field, page: page) }
        continue
      }
      if field.builtIn {
        let keeps = keepsTerms(field)
        let terms = builtIns.read(field, of: page, keepsTerms: keeps)
        if keeps, let terms { page.facts.terms[field.name] = terms }
        continue
      }
      if field.type == .person || SiteSchema.commonFields.contains(field.name) { continue }
      let items = read(value, field: field, page: page)
      guard !items.isEmpty else { continue }
      if field.type != .grades, keepsTerms(field) { page.facts.terms[field.name] = items }
      result.append(FieldValue(name: field.name, text: items.joined(separator: ", "), items: items))
    }
    return result
  }

  /// Whether the field's terms are kept for its facet (tags, subjects and grades, which every
  /// page has, are read off the page itself).
  private func keepsTerms(_ field: FieldSchema) -> Bool {
    field.facet && !SiteSchema.commonFacets.contains(field.facetName)
  }

  private func missing(_ field: FieldSchema, page: Page) {
    let label = field.label.text(in: page.language).map { " (\($0))" } ?? ""
    reader.diagnostics.error(
      page.path, line: 1, column: 1,
      "a page of the kind '\(kind.name)' needs '\(field.name):'\(label): add it to the front matter"
    )
  }

  private func read(_ value: YAMLValue?, field: FieldSchema, page: Page) -> [String] {
    let name = field.name
    switch field.type {
    case .text, .markdown, .file, .reference:
      return reader.nonEmptyString(value, named: name).map { [$0] } ?? []
    case .integer:
      let range = field.range ?? Int.min...Int.max
      return reader.int(value, named: name, in: range).map { [String($0)] } ?? []
    case .date, .datetime:
      guard let date = reader.date(value, named: name) else { return [] }
      var text = DateText.text(date, language: page.language)
      if field.type == .datetime, let hour = date.hour {
        let minute = date.minute ?? 0
        text += ", \(hour):" + (minute < 10 ? "0" : "") + String(minute)
      }
      return [text]
    case .boolean:
      guard let truth = reader.bool(value, named: name) else { return [] }
      let words = ["ru": ("да", "нет"), "kk": ("иә", "жоқ"), "en": ("yes", "no")]
      let pair = words[page.language] ?? ("да", "нет")
      return [truth ? pair.0 : pair.1]
    case .list:
      return reader.strings(value, named: name, splitsCommas: true)
    case .grades:
      let grades = GradeList.read(value, named: name, reader: reader)
      if keepsTerms(field) { page.facts.terms[name] = grades.map(String.init) }
      guard let first = grades.first, let last = grades.last else { return [] }
      let contiguous = last - first + 1 == grades.count
      return [
        contiguous && grades.count > 1
          ? "\(first)–\(last)" : grades.map(String.init).joined(separator: ", ")
      ]
    case .person:
      return []
    case .url:
      guard let text = reader.nonEmptyString(value, named: name), let value else { return [] }
      guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
        reader.error(value, "'\(name)' must be a web address starting with https://, not '\(text)'")
        return []
      }
      return [text]
    case .email:
      return email(value, named: name).map { [$0] } ?? []
    case .choice:
      let items = value?.array ?? value.map { [$0] } ?? []
      return items.compactMap { choice($0, field: field) }
    }
  }
}
