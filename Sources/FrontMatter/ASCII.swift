/// The bytes the parser looks at, by name.
enum ASCII {
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let exclamation: UInt8 = 0x21
  static let doubleQuote: UInt8 = 0x22
  static let hash: UInt8 = 0x23
  static let percent: UInt8 = 0x25
  static let ampersand: UInt8 = 0x26
  static let singleQuote: UInt8 = 0x27
  static let asterisk: UInt8 = 0x2A
  static let plus: UInt8 = 0x2B
  static let comma: UInt8 = 0x2C
  static let minus: UInt8 = 0x2D
  static let period: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30
  static let one: UInt8 = 0x31
  static let seven: UInt8 = 0x37
  static let nine: UInt8 = 0x39
  static let colon: UInt8 = 0x3A
  static let greaterThan: UInt8 = 0x3E
  static let question: UInt8 = 0x3F
  static let at: UInt8 = 0x40
  static let upperA: UInt8 = 0x41
  static let upperF: UInt8 = 0x46
  static let upperN: UInt8 = 0x4E
  static let upperT: UInt8 = 0x54
  static let upperZ: UInt8 = 0x5A
  static let leftBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let rightBracket: UInt8 = 0x5D
  static let backtick: UInt8 = 0x60
  static let lowerA: UInt8 = 0x61
  static let lowerF: UInt8 = 0x66
  static let lowerN: UInt8 = 0x6E
  static let lowerO: UInt8 = 0x6F
  static let lowerT: UInt8 = 0x74
  static let lowerX: UInt8 = 0x78
  static let lowerZ: UInt8 = 0x7A
  static let leftBrace: UInt8 = 0x7B
  static let pipe: UInt8 = 0x7C
  static let rightBrace: UInt8 = 0x7D
  static let tilde: UInt8 = 0x7E
  /// Returned past the end of the input; never a byte of valid UTF-8.
  static let end: UInt8 = 0xFF

  /// Space or tab.
  static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// Space, tab, line feed or the end of the input.
  static func isWhiteOrEnd(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == lineFeed || byte == end
  }

  /// `0`–`9`.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

  /// One of `,[]{}`.
  static func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == comma || byte == leftBracket || byte == rightBracket || byte == leftBrace
      || byte == rightBrace
  }

  /// The value of a hexadecimal digit, or nil.
  static func hexValue(_ byte: UInt8) -> Int? {
    if isDigit(byte) { return Int(byte - zero) }
    if byte >= lowerA && byte <= lowerF { return Int(byte - lowerA) + 10 }
    if byte >= upperA && byte <= upperF { return Int(byte - upperA) + 10 }
    return nil
  }
}
