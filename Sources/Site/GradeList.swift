import FrontMatter

/// School grades written as a number (`5`), a list (`[5, 6]`) or a range (`5-7`).
enum GradeList {
  /// The grades 1–11 a value names, sorted and unique; errors at the value's position.
  static func read(_ value: YAMLValue?, named name: String, reader: FieldReader) -> [Int] {
    guard let value = reader.given(value) else { return [] }
    var grades: [Int] = []
    let items = value.array ?? [value]
    for item in items {
      if parse(item) == nil, let text = item.string, let (number, parsed) = withoutWords(text) {
        reader.warning(
          item,
          "'\(name)' is a grade, so the words after it are left out: read '\(text)' as"
            + " \(number); write only the grade: \(name): \(number)")
        grades.append(contentsOf: parsed)
        continue
      }
      guard let parsed = parse(item) else {
        let got = item.sourceText.map { "'\($0)'" } ?? item.typeDescription
        reader.error(
          item,
          "'\(name)' must be a grade from 1 to 11, a list such as [5, 6] or a range such as 5-7, not \(got)"
        )
        continue
      }
      grades.append(contentsOf: parsed)
    }
    return Array(Set(grades)).sorted()
  }

  /// The grades of one item, or nil when it is not a grade, a range or in 1–11.
  static func parse(_ item: YAMLValue) -> [Int]? {
    if let number = item.int { return (1...11).contains(number) ? [number] : nil }
    guard let text = item.string?.trimmed else { return nil }
    let separators: Set<Character> = ["-", "–", "—"]
    let parts = text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmed }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, (1...2).contains(numbers.count) else { return nil }
    let low = numbers[0]
    let high = numbers.last ?? low
    guard (1...11).contains(low), (1...11).contains(high), low <= high else { return nil }
    return Array(low...high)
  }

  /// The grades of «5 класс», «5–7 классы», «10 кл.»: a grade or range followed by words,
  /// with the grade or range as written without them.
  static func withoutWords(_ text: String) -> (String, [Int])? {
    guard let letter = text.firstIndex(where: \.isLetter), letter != text.startIndex else {
      return nil
    }
    let number = String(text[..<letter]).trimmed
    let words = text[letter...]
    guard words.allSatisfy({ $0.isLetter || $0 == "." || $0 == " " }),
      let grades = parse(YAMLValue(.string(number)))
    else { return nil }
    return (number, grades)
  }
}
