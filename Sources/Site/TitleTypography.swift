/// Russian and Kazakh typography for short texts the theme shows (titles, names, places):
/// «ёлочки» for straight and English quotes, an en dash in number ranges, an em dash for a
/// spaced hyphen, and no-break spaces that keep «№ 5», «15 мин», «г. Заречный» and
/// «А. И. Иванова» on one line.
enum TitleTypography {
  private static let noBreak: Character = "\u{A0}"

  /// `text` set for `language` (`ru` or `kk`; other languages are returned as they are).
  static func apply(_ text: String, language: String) -> String {
    guard language == "ru" || language == "kk", !text.isEmpty else { return text }
    var characters = Array(text)
    quotes(&characters)
    dashes(&characters)
    spaces(&characters)
    return String(characters)
  }

  /// `"…"` and `“…”` become «…», with „…“ inside them.
  private static func quotes(_ characters: inout [Character]) {
    var depth = 0
    for index in characters.indices {
      let character = characters[index]
      guard character == "\"" || character == "“" || character == "”" else { continue }
      let before = index > characters.startIndex ? characters[index - 1] : " "
      let opens =
        character == "“"
        || (character == "\"" && (before.isWhitespace || "([«„-—".contains(before)))
      if opens {
        characters[index] = depth == 0 ? "«" : "„"
        depth += 1
      } else if depth > 0 {
        depth -= 1
        characters[index] = depth == 0 ? "»" : "“"
      }
    }
  }

  /// `1990-2000` → `1990–2000`; ` - ` → no-break space, `—`, space.
  private static func dashes(_ characters: inout [Character]) {
    var index = 1
    while index + 1 < characters.count {
      let character = characters[index]
      if character == "-" && characters[index - 1].isNumber && characters[index + 1].isNumber
        && !partOfLongerNumberRun(characters, hyphen: index)
      {
        characters[index] = "–"
      } else if character == "-" || character == "–",
        characters[index - 1] == " ", characters[index + 1] == " "
      {
        characters[index] = "—"
        characters[index - 1] = noBreak
      }
      index += 1
    }
  }

  /// Whether the hyphen is one of several between numbers (`2024-11-15`, a date, stays).
  private static func partOfLongerNumberRun(_ characters: [Character], hyphen: Int) -> Bool {
    var hyphens = 0
    var index = hyphen
    while index > 0, characters[index - 1].isNumber || characters[index - 1] == "-" {
      if characters[index - 1] == "-" { hyphens += 1 }
      index -= 1
    }
    index = hyphen + 1
    while index < characters.count, characters[index].isNumber || characters[index] == "-" {
      if characters[index] == "-" { hyphens += 1 }
      index += 1
    }
    return hyphens > 0
  }

  /// No-break spaces after `№`, between a number and its word, after a short abbreviation
  /// (`г.`, `ул.`) and around initials (`А. И.`).
  private static func spaces(_ characters: inout [Character]) {
    for index in characters.indices where characters[index] == " " {
      guard index > 0, index + 1 < characters.count else { continue }
      let before = characters[index - 1]
      let after = characters[index + 1]
      if before == "№" || before == "§" || (before.isNumber && after.isLetter)
        || (before == "." && isShortWord(endingAt: index - 2, in: characters))
        || (isInitial(at: index + 1, in: characters) && before.isLetter)
      {
        characters[index] = noBreak
      }
    }
  }

  /// Whether one to three letters end at `last`, starting a word (`г`, `ул`, `А`).
  private static func isShortWord(endingAt last: Int, in characters: [Character]) -> Bool {
    guard last >= 0 else { return false }
    var start = last
    while start >= 0, characters[start].isLetter { start -= 1 }
    let length = last - start
    return (1...3).contains(length) && (start < 0 || !characters[start].isLetter)
  }

  /// Whether an initial (`А.`) starts at `index`.
  private static func isInitial(at index: Int, in characters: [Character]) -> Bool {
    guard index + 1 < characters.count, characters[index].isUppercase,
      characters[index + 1] == "."
    else { return false }
    return index + 2 == characters.count || !characters[index + 2].isLetter
  }
}
