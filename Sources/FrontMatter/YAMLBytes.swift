import Text

/// The bytes only the YAML parser gives a meaning to, beside the named ASCII bytes of `Text`.
extension ASCII {
  /// Returned past the end of the input; never a byte of valid UTF-8.
  static let end: UInt8 = 0xFF

  /// Space, tab, line feed or the end of the input.
  static func isWhiteOrEnd(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == lineFeed || byte == end
  }

  /// One of `,[]{}`.
  static func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == comma || byte == leftBracket || byte == rightBracket || byte == leftBrace
      || byte == rightBrace
  }
}
