/// Language rules the site needs: sort keys, plurals, dates in words.
enum RussianText {
  /// The key Russian text sorts and compares by: lower-case with ё as е (the ICU order for
  /// Russian, without ICU).
  static func sortKey(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A, 0x410...0x42F: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
      case 0x401, 0x451: scalars.append("е")
      case 0x00...0x7F, 0x430...0x44F: scalars.append(scalar)
      default: scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      }
    }
    return String(scalars)
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
