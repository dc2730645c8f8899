import FrontMatter

/// The fields of the built-in schema that the code reads into a page's typed facts
/// (``PageFacts``), found by the field's name whatever kind declares it: the one place that
/// knows them. A field a site adds is read by ``SchemaFieldsReader`` instead.
struct BuiltInFields {
  /// Checks values against the field's vocabulary and reports problems.
  let values: SchemaFieldsReader

  /// Reads `field` of `page` into its facts and returns the values as terms when
  /// `keepsTerms` (for a facet); nil when the field is not one the code knows.
  func read(_ field: FieldSchema, of page: Page, keepsTerms: Bool) -> [String]? {
    let value = page.fields[field.name]
    switch field.name {
    case "name": return store(\.name, text(value, field), in: &page.facts, keepsTerms)
    case "position": return store(\.position, text(value, field), in: &page.facts, keepsTerms)
    case "school": return store(\.school, text(value, field), in: &page.facts, keepsTerms)
    case "category": return store(\.category, text(value, field), in: &page.facts, keepsTerms)
    case "photo": return store(\.photo, text(value, field), in: &page.facts, keepsTerms)
    case "lesson_type": return store(\.lessonType, text(value, field), in: &page.facts, keepsTerms)
    case "place": return store(\.place, text(value, field), in: &page.facts, keepsTerms)
    case "organizer": return store(\.organizer, text(value, field), in: &page.facts, keepsTerms)
    case "format": return store(\.format, text(value, field), in: &page.facts, keepsTerms)
    case "level": return store(\.level, text(value, field), in: &page.facts, keepsTerms)
    case "email":
      return store(\.email, values.email(value, named: field.name), in: &page.facts, keepsTerms)
    case "experience":
      return store(\.experience, integer(value, field), in: &page.facts, keepsTerms)
    case "duration": return store(\.duration, integer(value, field), in: &page.facts, keepsTerms)
    case "awards": return page.facts.awards.assign(reader.strings(value, named: field.name))
    case "goals": return page.facts.goals.assign(reader.strings(value, named: field.name))
    case "subject":
      let subject = reader.nonEmptyString(value, named: field.name).map(Subjects.canonical)
      return page.facts.subjects.assign(subject.map { [$0] } ?? [])
    case "subjects":
      let subjects = reader.strings(value, named: field.name, splitsCommas: true)
      return page.facts.subjects.assign(subjects.map(Subjects.canonical))
    case "grade", "grades":
      page.facts.grades = GradeList.read(value, named: field.name, reader: reader)
      return keepsTerms ? page.facts.grades.map(String.init) : []
    default:
      return nil
    }
  }

  private var reader: FieldReader { values.reader }

  /// Stores `value` in `facts` at `key` and returns it as the field's terms when asked.
  private func store<Value: CustomStringConvertible>(
    _ key: WritableKeyPath<PageFacts, Value?>, _ value: Value?, in facts: inout PageFacts,
    _ keepsTerms: Bool
  ) -> [String] {
    facts[keyPath: key] = value
    return keepsTerms ? value.map { [$0.description] } ?? [] : []
  }

  /// One line of text, or a word of the field's vocabulary when it has one.
  private func text(_ value: YAMLValue?, _ field: FieldSchema) -> String? {
    field.vocabulary == nil
      ? reader.nonEmptyString(value, named: field.name) : values.choice(value, field: field)
  }

  private func integer(_ value: YAMLValue?, _ field: FieldSchema) -> Int? {
    reader.int(value, named: field.name, in: field.range ?? Int.min...Int.max)
  }
}

extension Array where Element == String {
  /// Stores `items` here and returns them (as a field's terms).
  fileprivate mutating func assign(_ items: [String]) -> [String] {
    self = items
    return items
  }
}
