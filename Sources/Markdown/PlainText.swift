import Text

/// Helpers for plain text: the text of inline content without markup.
enum PlainText {
  /// `bytes` without white space at either end.
  static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    var lower = 0
    var upper = bytes.count
    while lower < upper && ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower && ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return bytes[lower..<upper]
  }
}
