/// Turns titles and file names into URL slugs: Russian and Kazakh letters transliterated the
/// Yandex way, everything else outside `[a-z0-9]` collapsed into single hyphens.
public enum Slug {
  /// The slug of `text`: lower-case `[a-z0-9-]`, no leading, trailing or doubled hyphens.
  /// Returns an empty string when the text holds no letter or digit at all; callers that need
  /// a slug in every case use ``make(_:fallback:)``.
  public static func make(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      let piece = transliterate(scalar)
      if piece.isEmpty {
        if !Slug.isSilent(scalar) { pendingHyphen = true }
        continue
      }
      if pendingHyphen && !output.isEmpty { output.append(UInt8(ascii: "-")) }
      pendingHyphen = false
      output.append(contentsOf: piece)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The slug of `text`, or `fallback` when the text has nothing to transliterate.
  public static func make(_ text: String, fallback: String) -> String {
    let slug = make(text)
    return slug.isEmpty ? fallback : slug
  }

  /// Whether `text` already is a clean slug: non-empty `[a-z0-9-]` with no leading,
  /// trailing or doubled hyphen.
  public static func isClean(_ text: String) -> Bool {
    !text.isEmpty && make(text) == text
  }

  /// Letters that vanish without leaving a word break (the hard and soft signs, apostrophes).
  static func isSilent(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x44A, 0x42A, 0x44C, 0x42C, 0x27, 0x2019, 0x2BC: return true
    default: return false
    }
  }

  /// The Latin bytes for one character; empty for a character that becomes a separator.
  static func transliterate(_ scalar: Unicode.Scalar) -> ArraySlice<UInt8> {
    let value = scalar.value
    switch value {
    case 0x30...0x39, 0x61...0x7A:
      return [UInt8(value)][...]
    case 0x41...0x5A:
      return [UInt8(value + 0x20)][...]
    default:
      break
    }
    if let latin = Transliteration.table[value] { return latin[...] }
    if let folded = Transliteration.latinFolding(value) { return folded[...] }
    return []
  }
}
