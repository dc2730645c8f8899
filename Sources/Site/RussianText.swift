/// Language rules the site needs: sort keys, plurals, dates in words.
enum RussianText {
  /// The key Russian text sorts and compares by: lower-case with ё as е (the ICU order for
  /// Russian, without ICU).
  static func sortKey(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "ё", with: "е")
  }

  /// The CLDR plural category of `count` in `language`: `one`, `few`, `many` or `other`.
  static func pluralCategory(_ count: Int, language: String) -> String {
    guard language == "ru" else { return count == 1 ? "one" : "other" }
    let lastTwo = abs(count) % 100
    let last = abs(count) % 10
    if last == 1 && lastTwo != 11 { return "one" }
    if (2...4).contains(last) && !(12...14).contains(lastTwo) { return "few" }
    return "many"
  }
}
