import Mustache

extension ContextBuilder {
  /// What the theme gets for a field of the built-in schema (see ``BuiltInFields``), under the
  /// field's name: formatted from the page's typed facts; nil when the page lacks it or the
  /// field is not one the code knows.
  func builtInFieldValue(_ field: FieldSchema, of page: Page) -> TemplateValue? {
    let facts = page.facts
    switch field.name {
    case "name": return .string(shown(facts.name ?? page.title, page))
    case "position": return facts.position.map { .string(shown($0, page)) }
    case "school": return facts.school.map { .string(shown($0, page)) }
    case "category": return facts.category.map(TemplateValue.string)
    case "photo": return facts.photo.map { .string(photoURL($0, of: page)) }
    case "email": return facts.email.map(TemplateValue.string)
    case "lesson_type": return facts.lessonType.map(TemplateValue.string)
    case "place": return facts.place.map(TemplateValue.string)
    case "organizer": return facts.organizer.map(TemplateValue.string)
    case "format": return facts.format.map { termOrText(field, $0) }
    case "level": return facts.level.map { termOrText(field, $0) }
    case "subjects" where !facts.subjects.isEmpty:
      return .array(facts.subjects.map { termValue("subjects", $0) })
    case "awards" where !facts.awards.isEmpty:
      return .array(facts.awards.map(TemplateValue.string))
    case "goals" where !facts.goals.isEmpty:
      return .array(facts.goals.map(TemplateValue.string))
    case "experience":
      return facts.experience.map {
        ["years": .int($0), "text": .string(strings.count($0, "years"))]
      }
    case "duration":
      return facts.duration.map {
        ["minutes": .int($0), "text": .string(strings.count($0, "minutes"))]
      }
    default: return nil
    }
  }

  /// A facet's value as its term (`{name, url}`), any other field's as text.
  private func termOrText(_ field: FieldSchema, _ text: String) -> TemplateValue {
    field.facet ? termValue(field.facetName, text) : .string(text)
  }
}
