import FrontMatter

/// A field's value as read from the front matter, by its type.
public enum FieldValue: Sendable, Equatable {
  /// Text, Markdown, a file, a URL, an e-mail address or a vocabulary value.
  case text(String)
  /// A whole number.
  case number(Int)
  /// A date (and time).
  case date(YAMLDate)
  /// `true` or `false`.
  case flag(Bool)
  /// A list of texts, or the ids of references.
  case texts([String])
  /// Grades 1–11, sorted.
  case grades([Int])
  /// People, resolved to portfolios after every page is read.
  case people([Person])

  /// The values as texts, for facets.
  var texts: [String] {
    switch self {
    case .text(let text): return [text]
    case .number(let number): return [String(number)]
    case .date(let date): return [date.isoDay]
    case .flag(let flag): return [flag ? "true" : "false"]
    case .texts(let items): return items
    case .grades(let grades): return grades.map(String.init)
    case .people(let people): return people.map(\.name)
    }
  }
}

/// Reads one field's value by the type the schema gives it, reporting wrong values in place.
struct FieldValueReader {
  /// Reads values and reports problems.
  let reader: FieldReader
  /// For vocabularies.
  let schema: Schema

  /// The value of `value` as `field`'s type; nil when it is wrong (reported).
  func read(_ value: YAMLValue, as field: Field) -> FieldValue? {
    let name = field.name
    switch field.type {
    case .text, .markdown, .file:
      return reader.nonEmptyString(value, named: name).map { .text(spelled($0, field)) }
    case .integer(let range):
      return reader.int(value, named: name, in: range).map(FieldValue.number)
    case .date, .dateTime:
      return reader.date(value, named: name).map(FieldValue.date)
    case .boolean:
      return reader.bool(value, named: name).map(FieldValue.flag)
    case .list:
      let items = reader.strings(value, named: name).compactMap { vocabularyValue($0, field, at: value) }
      return .texts(items.map { spelled($0, field) })
    case .reference:
      return .texts(reader.strings(value, named: name))
    case .grades:
      return .grades(GradeList.read(value, named: name, reader: reader))
    case .person:
      // Read when every portfolio is known (PeopleResolver); kept as written until then.
      return nil
    case .url:
      guard let text = reader.nonEmptyString(value, named: name) else { return nil }
      guard text.hasPrefix("http://") || text.hasPrefix("https://") else {
        reader.error(value, "'\(name)' must be a web address starting with https://, not '\(text)'")
        return nil
      }
      return .text(text)
    case .email:
      guard let text = reader.nonEmptyString(value, named: name) else { return nil }
      guard PageFieldsReader.looksLikeEmail(text) else {
        reader.error(value, "'\(name)' must be an address such as name@school.ru, not '\(text)'")
        return nil
      }
      return .text(text)
    case .choice:
      guard let text = reader.string(value, named: name) else { return nil }
      return vocabularyValue(text, field, at: value).map(FieldValue.text)
    }
  }

  /// Free-text facet values share a term page whatever the case of their first letter.
  private func spelled(_ text: String, _ field: Field) -> String {
    field.facet != nil && field.vocabulary == nil ? Subjects.canonical(text) : text
  }

  /// `text` in its vocabulary's spelling; an unknown value is an error in a closed vocabulary
  /// and accepted in an open one (with a warning when it is close to a known value).
  private func vocabularyValue(_ text: String, _ field: Field, at value: YAMLValue) -> String? {
    guard let name = field.vocabulary, let vocabulary = schema.vocabularies[name] else {
      return text
    }
    let written = text.trimmed
    let key = RussianText.sortKey(written)
    if let match = vocabulary.values.first(where: { RussianText.sortKey($0) == key }) {
      return match
    }
    let near = Suggestion.closest(to: written, in: vocabulary.values)
    if vocabulary.open {
      if let near {
        reader.warning(
          value,
          "'\(field.name)' is '\(written)', not a known value of '\(name)'; did you mean '\(near)'? (kept as written)"
        )
      }
      return written
    }
    var message = "'\(field.name)' must be one of the '\(name)' list, not '\(written)'"
    if let near {
      message += "; did you mean '\(near)'?"
    } else {
      message += ": " + vocabulary.values.map { "'\($0)'" }.joined(separator: ", ")
    }
    message += " (a site can add values in site.yml: vocabularies: \(name): add: […])"
    reader.error(value, message)
    return nil
  }
}
