import Text

/// Lines that cmark keeps inside a paragraph but that, under GFM, end a table because they
/// start a block of their own: indented code, a list item that cannot interrupt a paragraph
/// (`2.`, an empty `-`), a thematic break (a setext underline after a table) and an HTML
/// block of type 7 (a lone open or closing tag).
enum TableLineRules {
  /// Whether the line (a byte range without its line ending, container prefixes removed)
  /// starts a block and so ends the table above it.
  static func startsBlock(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    var index = line.lowerBound
    var columns = 0
    while index < line.upperBound {
      if bytes[index] == 0x20 {
        columns += 1
      } else if bytes[index] == 0x09 {
        columns += 4 - columns % 4
      } else {
        break
      }
      index += 1
    }
    if columns >= 4 { return true }
    let content = index..<line.upperBound
    return isThematicBreak(bytes, content) || isListMarker(bytes, content)
      || isHTMLTag(bytes, content)
  }

  private static func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
    -> Bool
  {
    guard let first = line.first.map({ bytes[$0] }),
      first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    else { return false }
    var count = 0
    for index in line {
      let byte = bytes[index]
      if byte == first {
        count += 1
      } else if byte != 0x20 && byte != 0x09 {
        return false
      }
    }
    return count >= 3
  }

  private static func isListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool
  {
    var index = line.lowerBound
    guard index < line.upperBound else { return false }
    let first = bytes[index]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
      index += 1
    } else {
      let digits = index
      while index < line.upperBound && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      guard index > digits, index - digits <= 9, index < line.upperBound,
        bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
      else { return false }
      index += 1
    }
    return index == line.upperBound || bytes[index] == 0x20 || bytes[index] == 0x09
  }

  /// A complete open tag (`<span class="x">`, `<br/>`) or closing tag (`</span>`) followed
  /// only by white space.
  private static func isHTMLTag(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    let end = line.upperBound
    var index = line.lowerBound
    guard index + 2 < end, bytes[index] == UInt8(ascii: "<") else { return false }
    index += 1
    let closing = bytes[index] == UInt8(ascii: "/")
    if closing { index += 1 }
    guard index < end, ASCII.isLetter(bytes[index]) else { return false }
    while index < end && (ASCII.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")) {
      index += 1
    }
    if !closing {
      while let next = attribute(bytes, from: index, to: end) { index = next }
    }
    index = skipWhitespace(bytes, from: index, to: end)
    if !closing && index < end && bytes[index] == UInt8(ascii: "/") { index += 1 }
    guard index < end, bytes[index] == UInt8(ascii: ">") else { return false }
    return skipWhitespace(bytes, from: index + 1, to: end) == end
  }

  /// Reads ` name`, ` name=value`, ` name='value'` or ` name="value"`; the index after it.
  private static func attribute(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int?
  {
    var index = skipWhitespace(bytes, from: start, to: end)
    guard index > start, index < end else { return nil }
    let first = bytes[index]
    guard ASCII.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else {
      return nil
    }
    index += 1
    while index < end {
      let byte = bytes[index]
      guard
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
          || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
      else { break }
      index += 1
    }
    let afterName = index
    index = skipWhitespace(bytes, from: index, to: end)
    guard index < end, bytes[index] == UInt8(ascii: "=") else { return afterName }
    index = skipWhitespace(bytes, from: index + 1, to: end)
    guard index < end else { return nil }
    let quote = bytes[index]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      index += 1
      while index < end && bytes[index] != quote { index += 1 }
      return index < end ? index + 1 : nil
    }
    let valueStart = index
    while index < end {
      let byte = bytes[index]
      if ASCII.isSpace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "`")
      {
        break
      }
      index += 1
    }
    return index > valueStart ? index : nil
  }

  private static func skipWhitespace(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int {
    var index = start
    while index < end && ASCII.isSpace(bytes[index]) { index += 1 }
    return index
  }
}
