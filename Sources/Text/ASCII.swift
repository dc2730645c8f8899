/// ASCII bytes by name, and the classes every module asks about (letters, digits, spaces,
/// punctuation as CommonMark and YAML see them).
public enum ASCII {
  public static let tab: UInt8 = 0x09
  public static let lineFeed: UInt8 = 0x0A
  public static let carriageReturn: UInt8 = 0x0D
  public static let space: UInt8 = 0x20
  public static let exclamation: UInt8 = 0x21
  public static let doubleQuote: UInt8 = 0x22
  public static let hash: UInt8 = 0x23
  public static let percent: UInt8 = 0x25
  public static let ampersand: UInt8 = 0x26
  public static let singleQuote: UInt8 = 0x27
  public static let asterisk: UInt8 = 0x2A
  public static let plus: UInt8 = 0x2B
  public static let comma: UInt8 = 0x2C
  public static let minus: UInt8 = 0x2D
  public static let period: UInt8 = 0x2E
  public static let slash: UInt8 = 0x2F
  public static let zero: UInt8 = 0x30
  public static let one: UInt8 = 0x31
  public static let seven: UInt8 = 0x37
  public static let nine: UInt8 = 0x39
  public static let colon: UInt8 = 0x3A
  public static let greaterThan: UInt8 = 0x3E
  public static let question: UInt8 = 0x3F
  public static let at: UInt8 = 0x40
  public static let upperA: UInt8 = 0x41
  public static let upperF: UInt8 = 0x46
  public static let upperN: UInt8 = 0x4E
  public static let upperT: UInt8 = 0x54
  public static let upperZ: UInt8 = 0x5A
  public static let leftBracket: UInt8 = 0x5B
  public static let backslash: UInt8 = 0x5C
  public static let rightBracket: UInt8 = 0x5D
  public static let backtick: UInt8 = 0x60
  public static let lowerA: UInt8 = 0x61
  public static let lowerF: UInt8 = 0x66
  public static let lowerN: UInt8 = 0x6E
  public static let lowerO: UInt8 = 0x6F
  public static let lowerT: UInt8 = 0x74
  public static let lowerX: UInt8 = 0x78
  public static let lowerZ: UInt8 = 0x7A
  public static let leftBrace: UInt8 = 0x7B
  public static let pipe: UInt8 = 0x7C
  public static let rightBrace: UInt8 = 0x7D
  public static let tilde: UInt8 = 0x7E

  /// `A`–`Z`.
  @inlinable @inline(__always)
  public static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

  /// `a`–`z`.
  @inlinable @inline(__always)
  public static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

  /// `A`–`Z` or `a`–`z`.
  @inlinable @inline(__always)
  public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// `0`–`9`.
  @inlinable @inline(__always)
  public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// A letter or a digit.
  @inlinable @inline(__always)
  public static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// Space or tab.
  @inlinable @inline(__always)
  public static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// Space, tab, line feed, vertical tab, form feed or carriage return (cmark's
  /// `cmark_isspace`).
  @inlinable @inline(__always)
  public static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// ASCII punctuation: `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`.
  @inlinable @inline(__always)
  public static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
      || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
  }

  /// `byte` with `A`–`Z` lower-cased.
  @inlinable @inline(__always)
  public static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

  /// The value of a hexadecimal digit, or nil.
  @inlinable
  public static func hexValue(_ byte: UInt8) -> Int? {
    if isDigit(byte) { return Int(byte - zero) }
    if byte >= lowerA && byte <= lowerF { return Int(byte - lowerA) + 10 }
    if byte >= upperA && byte <= upperF { return Int(byte - upperA) + 10 }
    return nil
  }
}
