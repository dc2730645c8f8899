import FrontMatter

/// Values written the way people write them rather than the way YAML wants them, where the
/// intent is clear: «15.11.2024», «15 ноября 2024 г.», «45 минут», «дроби, ФГОС». Each is
/// accepted by ``FieldReader`` with a warning that shows the exact form to write.
enum LooseValue {
  /// A day written `DD.MM.YYYY` (Russian and Kazakh habit) or «15 ноября 2024» (Russian or
  /// Kazakh month names, with an optional «г.»/«ж.»); nil for anything else.
  static func date(_ text: String) -> YAMLDate? {
    let words = text.trimmed.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
      .map(String.init).filter { !["г.", "г", "года", "ж.", "ж", "жыл"].contains($0.lowercased()) }
    if words.count == 1 { return dotted(words[0]) }
    guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]),
      let month = month(named: words[1])
    else { return nil }
    return checked(YAMLDate(year: year, month: month, day: day))
  }

  /// `15.11.2024` or `5.3.2024`.
  private static func dotted(_ text: String) -> YAMLDate? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
      (1...2).contains(parts[1].count), let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return checked(YAMLDate(year: year, month: month, day: day))
  }

  private static func checked(_ date: YAMLDate) -> YAMLDate? {
    (1000...9999).contains(date.year) && date.isValidCalendarDate ? date : nil
  }

  /// The Russian month names in the nominative («ноябрь»), beside ``DateText``'s genitive.
  private static let nominativeMonths = [
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь",
  ]
  /// Short forms («нояб.», «сент.»), by month.
  private static let shortMonths = [
    ["янв"], ["фев", "февр"], ["мар"], ["апр"], [], ["июн"], ["июл"], ["авг"],
    ["сен", "сент"], ["окт"], ["ноя", "нояб"], ["дек"],
  ]

  /// The month a Russian (genitive, nominative or short: «ноября», «ноябрь», «нояб.») or
  /// Kazakh name stands for; nil for any other word.
  static func month(named word: String) -> Int? {
    let name = word.lowercased()
    let bare = name.hasSuffix(".") ? String(name.dropLast()) : name
    if let index = DateText.kazakhMonths.firstIndex(of: name) { return index + 1 }
    if let index = DateText.russianMonths.firstIndex(of: name) { return index + 1 }
    if let index = nominativeMonths.firstIndex(of: name) { return index + 1 }
    if let index = shortMonths.firstIndex(where: { $0.contains(bare) }) { return index + 1 }
    return nil
  }

  /// The number of «45 минут», «5 класс», «90 мин.»: digits, a space, then only letters and
  /// dots; nil for anything else («45-50 минут», «около 45»).
  static func leadingNumber(_ text: String) -> Int? {
    let trimmed = text.trimmed
    guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\u{A0}" }) else {
      return nil
    }
    let unit = String(trimmed[trimmed.index(after: space)...]).trimmed
    guard !unit.isEmpty, unit.allSatisfy({ $0.isLetter || $0 == "." || $0 == " " }) else {
      return nil
    }
    return Int(trimmed[..<space])
  }

  /// The items of «дроби, ФГОС, открытый урок»: two or more non-empty parts between commas;
  /// nil when there is no comma.
  static func commaList(_ text: String) -> [String]? {
    guard text.contains(",") else { return nil }
    let parts = text.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
    return parts.count >= 2 ? parts : nil
  }

  /// A YAML flow list of `items`, each quoted when YAML would misread it.
  static func flowList(_ items: [String]) -> String {
    "[" + items.map(quotedIfNeeded).joined(separator: ", ") + "]"
  }

  /// `text`, in double quotes when a plain scalar would not keep it as it is.
  static func quotedIfNeeded(_ text: String) -> String {
    let special: Set<Character> = [
      "#", ":", "[", "]", "{", "}", ",", "\"", "'", "&", "*", "!", "|", ">", "%", "@", "`",
    ]
    guard text.contains(where: { special.contains($0) }) else { return text }
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"" + escaped + "\""
  }
}
