/// Turns titles and file names into URL slugs: Russian and Kazakh letters transliterated the
/// Yandex way, everything else outside `[a-z0-9]` collapsed into single hyphens.
public enum Slug {
  /// The longest slug, in bytes: a file name holds 255, and an address this long is no
  /// address a reader types.
  public static let longest = 200

  /// The slug of `text`: lower-case `[a-z0-9-]`, no leading, trailing or doubled hyphens.
  /// Returns an empty string when the text holds no letter or digit at all; callers that need
  /// a slug in every case use ``make(_:fallback:)``.
  public static func make(_ text: String) -> String {
    var writer = SlugWriter(capacity: text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        writer.addASCII(UInt8(scalar.value))
        continue
      }
      let latin = transliterate(scalar)
      if !latin.isEmpty {
        writer.add(latin)
      } else if !isSilent(scalar) {
        writer.separate()
      }
    }
    return writer.slug
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
    if let latin = Transliteration.cyrillic(value) { return latin[...] }
    if let folded = Transliteration.latinFolding(value) { return folded[...] }
    return []
  }
}

/// The bytes of a slug as it is made: letters and digits go in, anything else leaves one
/// hyphen before the next letter (none at the start or the end).
private struct SlugWriter {
  private var output: [UInt8] = []
  private var pendingHyphen = false

  init(capacity: Int) {
    output.reserveCapacity(capacity)
  }

  /// The slug.
  var slug: String { String(decoding: output, as: UTF8.self) }

  /// An ASCII character: digits and letters (lower-cased) go in, the apostrophe vanishes,
  /// anything else separates.
  mutating func addASCII(_ byte: UInt8) {
    switch byte {
    case 0x30...0x39, 0x61...0x7A: add(byte)
    case 0x41...0x5A: add(byte + 0x20)
    case 0x27: break
    default: pendingHyphen = true
    }
  }

  /// Latin letters that stand for one character.
  mutating func add(_ latin: ArraySlice<UInt8>) {
    endWordBreak()
    output.append(contentsOf: latin)
  }

  /// One lower-case Latin letter or digit.
  mutating func add(_ byte: UInt8) {
    endWordBreak()
    output.append(byte)
  }

  /// Writes the hyphen a word break left, unless nothing is written yet.
  private mutating func endWordBreak() {
    if pendingHyphen && !output.isEmpty { output.append(UInt8(ascii: "-")) }
    pendingHyphen = false
  }

  /// A character that becomes a word break.
  mutating func separate() {
    pendingHyphen = true
  }
}
