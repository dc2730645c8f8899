import Text

/// How the delimiter rules of CommonMark see a character: white space, punctuation, or other.
enum CharacterClass {
  case whitespace
  case punctuation
  case other

  /// The class of a Unicode scalar (white space: Zs and ASCII spaces; punctuation: ASCII
  /// punctuation and the P categories), as cmark 0.30 classifies them.
  init(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      self = CharacterClass.ascii(UInt8(value))
      return
    }
    if value >= 0x0400 && value <= 0x052F && !(value >= 0x0482 && value <= 0x0489) {
      self = .other  // Cyrillic letters
      return
    }
    switch scalar.properties.generalCategory {
    case .spaceSeparator:
      self = .whitespace
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      self = .punctuation
    default:
      self = .other
    }
  }

  /// The class of an ASCII byte.
  static func ascii(_ byte: UInt8) -> CharacterClass {
    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return .whitespace }
    if ASCII.isPunctuation(byte) { return .punctuation }
    return .other
  }

  /// The class of the character starting at `index` of `bytes`.
  static func after(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> CharacterClass {
    let byte = bytes[index]
    if byte < 0x80 { return ascii(byte) }
    return CharacterClass(UTF8Text.scalar(in: bytes, at: index).scalar)
  }
}
