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
    if isASCIIPunctuation(byte) { return .punctuation }
    return .other
  }

  /// The class of the character starting at `index` of `bytes`.
  static func after(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> CharacterClass {
    let byte = bytes[index]
    if byte < 0x80 { return ascii(byte) }
    return CharacterClass(UTF8Bytes.scalar(in: bytes, at: index).scalar)
  }
}

/// Whether `byte` is ASCII punctuation (`!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`).
@inline(__always)
func isASCIIPunctuation(_ byte: UInt8) -> Bool {
  (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
    || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
}

/// Whether `byte` is an ASCII letter.
@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

/// Whether `byte` is an ASCII letter or digit.
@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
  isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
}

/// Whether `byte` is an ASCII space as cmark's `cmark_isspace` sees it.
@inline(__always)
func isASCIISpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

/// UTF-8 decoding of single scalars inside byte buffers.
enum UTF8Bytes {
  /// The scalar starting at `index` and its length in bytes; U+FFFD (length 1) for a byte
  /// that does not start a valid sequence.
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    scalar: Unicode.Scalar, length: Int
  ) {
    let lead = bytes[index]
    let replacement: (scalar: Unicode.Scalar, length: Int) = ("\u{FFFD}", 1)
    let length: Int
    var value: UInt32
    switch lead {
    case 0x00..<0x80: return (Unicode.Scalar(lead), 1)
    case 0xC2..<0xE0:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0..<0xF0:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0..<0xF5:
      length = 4
      value = UInt32(lead & 0x07)
    default: return replacement
    }
    guard index + length <= bytes.count else { return replacement }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return replacement }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return replacement }
    return (scalar, length)
  }
}
