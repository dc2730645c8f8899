import Text

/// Classification and lower-casing of single Unicode scalars for the tokenizer.
///
/// ASCII and the Cyrillic blocks (U+0400–U+052F) are handled by tables; other scalars by
/// their Unicode properties.
enum ScalarClass {
  /// Whether the scalar is a letter or a number (`\p{L}` or `\p{N}`).
  @inline(__always)
  static func isWordScalar(_ value: UInt32) -> Bool {
    if value < 0x80 {
      return (value &- 0x30) < 10 || ((value | 0x20) &- 0x61) < 26
    }
    if Cyrillic.contains(value) { return Cyrillic.isLetter(value) }
    if value >= 0x2000, value <= 0x206F { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return isLetterOrNumber(scalar.properties.generalCategory)
  }

  /// Whether the scalar is a number (`\p{N}`).
  static func isNumber(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value &- 0x30) < 10 }
    guard let scalar = Unicode.Scalar(value) else { return false }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber: return true
    default: return false
    }
  }

  /// Whether the scalar is a cased letter (for the Greek final sigma rule).
  static func isCased(_ value: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isCased
  }

  /// Full lower-case mapping of any other scalar (one or more scalars).
  static func lowercaseOther(_ value: UInt32) -> String.UnicodeScalarView {
    guard let scalar = Unicode.Scalar(value) else { return String.UnicodeScalarView() }
    return scalar.properties.lowercaseMapping.unicodeScalars
  }

  private static func isLetterOrNumber(_ category: Unicode.GeneralCategory) -> Bool {
    switch category {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }
}
