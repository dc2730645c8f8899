import FrontMatter

/// Reads typed values out of front matter, reporting every wrong value at its line and column.
struct FieldReader {
  /// The file the values come from, relative to the source directory.
  let path: String
  /// Where problems go.
  let diagnostics: DiagnosticBag

  func error(_ value: YAMLValue, _ message: String) {
    diagnostics.error(path, line: value.location.line, column: value.location.column, message)
  }

  func warning(_ value: YAMLValue, _ message: String) {
    diagnostics.warning(path, line: value.location.line, column: value.location.column, message)
  }

  func warnUnknown(_ key: String, at location: SourceLocation, known: Set<String>) {
    var message = "unknown field '\(key)' is ignored"
    if let near = Suggestion.closest(to: key, in: known) {
      message += "; did you mean '\(near)'?"
    }
    diagnostics.warning(path, line: location.line, column: location.column, message)
  }

  /// Present and not null.
  func given(_ value: YAMLValue?) -> YAMLValue? {
    guard let value, !value.isNull else { return nil }
    return value
  }

  func string(_ value: YAMLValue?, named name: String) -> String? {
    guard let value = given(value) else { return nil }
    if value.array != nil || value.mapping != nil {
      error(value, "'\(name)' must be text, not \(value.typeDescription)")
      return nil
    }
    return value.scalarString
  }

  func nonEmptyString(_ value: YAMLValue?, named name: String) -> String? {
    guard let text = string(value, named: name)?.trimmed, !text.isEmpty else { return nil }
    return text
  }

  func int(_ value: YAMLValue?, named name: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = given(value) else { return nil }
    guard let number = value.int, range.contains(number) else {
      let got = value.sourceText.map { "'\($0)'" } ?? value.typeDescription
      error(
        value,
        "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(got)"
      )
      return nil
    }
    return number
  }

  func bool(_ value: YAMLValue?, named name: String) -> Bool? {
    guard let value = given(value) else { return nil }
    guard let flag = value.bool else {
      error(value, "'\(name)' must be true or false, not \(value.typeDescription)")
      return nil
    }
    return flag
  }

  func date(_ value: YAMLValue?, named name: String) -> YAMLDate? {
    guard let value = given(value) else { return nil }
    guard let date = value.date else {
      let got = value.sourceText.map { "'\($0)'" } ?? value.typeDescription
      error(value, "'\(name)' must be a date written YYYY-MM-DD (2024-03-15), not \(got)")
      return nil
    }
    guard date.isValidCalendarDate else {
      error(value, "'\(name)' is not a real date: \(date) (check the month and the day)")
      return nil
    }
    return date
  }

  /// A list of texts; a single text counts as a list of one.
  func strings(_ value: YAMLValue?, named name: String) -> [String] {
    guard let value = given(value) else { return [] }
    if let items = value.array {
      return items.compactMap { item in
        guard let text = string(item, named: "an item of '\(name)'")?.trimmed, !text.isEmpty
        else { return nil }
        return text
      }
    }
    if value.mapping != nil {
      error(value, "'\(name)' must be a list such as [a, b], not a map")
      return []
    }
    return value.scalarString.map { [$0.trimmed] }?.filter { !$0.isEmpty } ?? []
  }

  /// One of the given words, compared case-insensitively with ё = е; returns the canonical one.
  func choice(_ value: YAMLValue?, named name: String, from choices: [String]) -> String? {
    guard let text = string(value, named: name), let value else { return nil }
    let key = RussianText.sortKey(text.trimmed)
    if let match = choices.first(where: { RussianText.sortKey($0) == key }) { return match }
    let list = choices.map { "'\($0)'" }.joined(separator: ", ")
    error(value, "'\(name)' must be one of \(list), not '\(text)'")
    return nil
  }
}

extension String {
  /// The text without surrounding spaces and newlines.
  var trimmed: String {
    let bytes = utf8
    if let first = bytes.first, let last = bytes.last, (0x21..<0x80).contains(first),
      (0x21..<0x80).contains(last)
    {
      return self
    }
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }
}

extension YAMLDate {
  /// Whether the day exists in the month (no 31 June, 29 February only in leap years).
  var isValidCalendarDate: Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// `YYYY-MM-DD`.
  var isoDay: String {
    func pad(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Comparable day number (for sorting and “upcoming”), ignoring the time.
  var dayKey: Int { year * 10_000 + month * 100 + day }
}
