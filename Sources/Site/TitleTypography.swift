/// Russian and Kazakh typography for short texts the theme shows (titles, names, places):
/// «ёлочки» for straight and English quotes, an en dash in number ranges, an em dash for a
/// spaced hyphen, and no-break spaces that keep «№ 5», «15 мин», «г. Заречный» and
/// «А. И. Иванова» on one line.
///
/// The passes work on Unicode scalars and look at most a few scalars around each one, so a
/// title of any length is set in linear time (a 300,000-word title is a case of
/// `Tests/Hostile/`).
enum TitleTypography {
  private typealias Scalars = [Unicode.Scalar]
  private static let noBreak: Unicode.Scalar = "\u{A0}"

  /// `text` set for `language` (`ru` or `kk`; other languages are returned as they are).
  static func apply(_ text: String, language: String) -> String {
    guard language == "ru" || language == "kk", !text.isEmpty else { return text }
    var scalars = Array(text.unicodeScalars)
    quotes(&scalars)
    dashes(&scalars)
    spaces(&scalars)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }

  /// `"…"` and `“…”` become «…», with „…“ inside them.
  private static func quotes(_ scalars: inout Scalars) {
    var depth = 0
    for index in scalars.indices {
      let scalar = scalars[index]
      guard scalar == "\"" || scalar == "“" || scalar == "”" else { continue }
      let before: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
      let opens =
        scalar == "“"
        || (scalar == "\""
          && (before.properties.isWhitespace || "([«„-—".unicodeScalars.contains(before)))
      if opens {
        scalars[index] = depth == 0 ? "«" : "„"
        depth += 1
      } else if depth > 0 {
        depth -= 1
        scalars[index] = depth == 0 ? "»" : "“"
      }
    }
  }

  /// `1990-2000` → `1990–2000`; ` - ` → no-break space, `—`, space. A hyphen that is one of
  /// several between numbers (`2024-11-15`, a date) stays.
  private static func dashes(_ scalars: inout Scalars) {
    var run = NumberRun(end: 0, hyphens: 0)
    var index = 1
    while index + 1 < scalars.count {
      let scalar = scalars[index]
      if scalar == "-" && isNumber(scalars[index - 1]) && isNumber(scalars[index + 1]) {
        if index >= run.end { run = NumberRun(around: index, in: scalars) }
        if run.hyphens == 1 { scalars[index] = "–" }
      } else if scalar == "-" || scalar == "–", scalars[index - 1] == " ", scalars[index + 1] == " "
      {
        scalars[index] = "—"
        scalars[index - 1] = noBreak
      }
      index += 1
    }
  }

  /// The stretch of digits and hyphens around one hyphen, measured once for all its hyphens.
  private struct NumberRun {
    /// The index just past the stretch.
    var end: Int
    /// How many hyphens the stretch holds.
    var hyphens: Int

    init(end: Int, hyphens: Int) {
      self.end = end
      self.hyphens = hyphens
    }

    init(around hyphen: Int, in scalars: Scalars) {
      func inRun(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || TitleTypography.isNumber(scalar)
      }
      var start = hyphen
      while start > 0, inRun(scalars[start - 1]) { start -= 1 }
      var end = hyphen + 1
      while end < scalars.count, inRun(scalars[end]) { end += 1 }
      self.init(end: end, hyphens: scalars[start..<end].lazy.filter { $0 == "-" }.count)
    }
  }

  /// No-break spaces after `№`, between a number and its word, after a short abbreviation
  /// (`г.`, `ул.`) and around initials (`А. И.`).
  private static func spaces(_ scalars: inout Scalars) {
    for index in scalars.indices where scalars[index] == " " {
      guard index > 0, index + 1 < scalars.count else { continue }
      let before = scalars[index - 1]
      let after = scalars[index + 1]
      if before == "№" || before == "§" || (isNumber(before) && isLetter(after))
        || (before == "." && isShortWord(endingAt: index - 2, in: scalars))
        || (isInitial(at: index + 1, in: scalars) && isLetter(before))
      {
        scalars[index] = noBreak
      }
    }
  }

  /// Whether one to three letters end at `last`, starting a word (`г`, `ул`, `А`); looks at
  /// no more than four letters back.
  private static func isShortWord(endingAt last: Int, in scalars: Scalars) -> Bool {
    guard last >= 0 else { return false }
    var start = last
    while start >= 0, last - start <= 3, isLetter(scalars[start]) { start -= 1 }
    let length = last - start
    return (1...3).contains(length) && (start < 0 || !isLetter(scalars[start]))
  }

  /// Whether an initial (`А.`) starts at `index`.
  private static func isInitial(at index: Int, in scalars: Scalars) -> Bool {
    guard index + 1 < scalars.count, scalars[index].properties.isUppercase,
      scalars[index + 1] == "."
    else { return false }
    return index + 2 == scalars.count || !isLetter(scalars[index + 2])
  }

  private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }
}
