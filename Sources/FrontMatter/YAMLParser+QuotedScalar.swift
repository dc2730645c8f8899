import Text

extension YAMLParser {
  /// Parses a single- or double-quoted scalar; the cursor ends just after the closing quote.
  ///
  /// Line breaks fold (one break → a space, each blank line → a line feed); continuation lines
  /// must be indented more than `parentIndent`, otherwise the quote counts as unclosed.
  mutating func parseQuoted(parentIndent: Int) throws(FrontMatterError) -> YAMLValue {
    let openPos = pos
    let openLocation = here
    let quote = current
    let isDouble = quote == ASCII.doubleQuote
    let unclosed = UnclosedQuote(location: openLocation, isDouble: isDouble)
    pos += 1
    var output: [UInt8] = []
    var usesOutput = false
    var protectedCount = 0
    var chunkStart = pos
    while true {
      let byte = current
      if byte == ASCII.end { throw unclosed.atEnd }
      if byte == quote {
        guard !isDouble && next == ASCII.singleQuote else { break }
        output.append(contentsOf: bytes[chunkStart...pos])
        usesOutput = true
        pos += 2
        protectedCount = output.count
        chunkStart = pos
      } else if isDouble && byte == ASCII.backslash {
        output.append(contentsOf: bytes[chunkStart..<pos])
        usesOutput = true
        try decodeEscape(into: &output, parentIndent: parentIndent, unclosed: unclosed)
        protectedCount = output.count
        chunkStart = pos
      } else if byte == ASCII.lineFeed {
        output.append(contentsOf: bytes[chunkStart..<pos])
        usesOutput = true
        while output.count > protectedCount, let last = output.last, ASCII.isBlank(last) {
          output.removeLast()
        }
        let breaks = try skipQuotedLineBreak(parentIndent: parentIndent, unclosed: unclosed)
        if breaks == 0 {
          output.append(ASCII.space)
        } else {
          output.append(contentsOf: repeatElement(ASCII.lineFeed, count: breaks))
        }
        protectedCount = output.count
        chunkStart = pos
      } else {
        pos += 1
      }
    }
    let text: String
    if usesOutput {
      output.append(contentsOf: bytes[chunkStart..<pos])
      text = String(decoding: output, as: UTF8.self)
    } else {
      text = String(decoding: bytes[chunkStart..<pos], as: UTF8.self)
    }
    pos += 1
    let source = String(decoding: bytes[openPos..<pos], as: UTF8.self)
    return YAMLValue(.string(text), location: openLocation, sourceText: source)
  }

  /// From a line feed inside quotes, moves past blank lines and the next line's indentation;
  /// returns the number of blank lines.
  private mutating func skipQuotedLineBreak(parentIndent: Int, unclosed: UnclosedQuote)
    throws(FrontMatterError) -> Int
  {
    var breaks = 0
    while true {
      advanceLine()
      var contentStart = pos
      while byte(at: contentStart) == ASCII.space { contentStart += 1 }
      var firstVisible = contentStart
      while ASCII.isBlank(byte(at: firstVisible)) { firstVisible += 1 }
      let first = byte(at: firstVisible)
      if first == ASCII.end { throw unclosed.atEnd }
      pos = firstVisible
      if first == ASCII.lineFeed {
        breaks += 1
        continue
      }
      let dedented = contentStart - lineStart <= parentIndent
      if dedented || (contentStart == lineStart && isDocumentMarker(at: contentStart)) {
        throw lineCloses(from: firstVisible, quote: unclosed.quote)
          ? unclosed.needingIndent : unclosed.atEnd
      }
      return breaks
    }
  }

  /// True when the line from `start` holds a closing `quote` (an unescaped `"`, or a `'` that
  /// is not doubled).
  private func lineCloses(from start: Int, quote: UInt8) -> Bool {
    var index = start
    while true {
      let byte = byte(at: index)
      if byte == ASCII.lineFeed || byte == ASCII.end { return false }
      if byte == ASCII.backslash && quote == ASCII.doubleQuote {
        index += 2
        continue
      }
      if byte == quote {
        if quote == ASCII.singleQuote && self.byte(at: index + 1) == quote {
          index += 2
          continue
        }
        return true
      }
      index += 1
    }
  }

  /// Decodes the escape sequence at the backslash under the cursor into `output`.
  private mutating func decodeEscape(
    into output: inout [UInt8], parentIndent: Int, unclosed: UnclosedQuote
  ) throws(FrontMatterError) {
    let backslash = pos
    pos += 1
    let code = current
    pos += 1
    switch code {
    case 0x30, 0x61, 0x62, 0x76, 0x66, 0x72, 0x65:  // 0 a b v f r e
      // Invisible control characters: a NUL in a title went raw into the page's HTML, a
      // carriage return into the calendar.
      throw error(Message.controlEscape("\\" + character(at: backslash + 1)), at: backslash)
    case 0x74, ASCII.tab: output.append(ASCII.tab)  // t
    case 0x6E: output.append(ASCII.lineFeed)  // n
    case ASCII.space, ASCII.doubleQuote, ASCII.slash, ASCII.backslash: output.append(code)
    case 0x4E: appendScalar(0x85, to: &output)  // N
    case 0x5F: appendScalar(0xA0, to: &output)  // _
    case 0x4C: appendScalar(0x2028, to: &output)  // L
    case 0x50: appendScalar(0x2029, to: &output)  // P
    case ASCII.lowerX: try decodeHexEscape(digits: 2, from: backslash, into: &output)
    case 0x75: try decodeHexEscape(digits: 4, from: backslash, into: &output)  // u
    case 0x55: try decodeHexEscape(digits: 8, from: backslash, into: &output)  // U
    case ASCII.lineFeed:
      pos -= 1
      let breaks = try skipQuotedLineBreak(parentIndent: parentIndent, unclosed: unclosed)
      output.append(contentsOf: repeatElement(ASCII.lineFeed, count: breaks))
    case ASCII.end:
      throw unclosed.atEnd
    default:
      let escape = "\\" + character(at: backslash + 1)
      throw error(Message.unknownEscape(escape), at: backslash)
    }
  }

  /// Decodes `\xXX`, `\uXXXX` or `\UXXXXXXXX`; the cursor is after the letter.
  private mutating func decodeHexEscape(
    digits: Int, from backslash: Int, into output: inout [UInt8]
  )
    throws(FrontMatterError)
  {
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = ASCII.hexValue(current) else {
        var end = pos
        while end < bytes.count, ASCII.hexValue(bytes[end]) != nil { end += 1 }
        let escape = String(decoding: bytes[backslash..<end], as: UTF8.self)
        throw error(Message.invalidHexEscape(escape, digits: digits), at: backslash)
      }
      value = value << 4 | UInt32(digit)
      pos += 1
    }
    guard let scalar = Unicode.Scalar(value) else {
      let escape = String(decoding: bytes[backslash..<pos], as: UTF8.self)
      throw error(Message.invalidCodePoint(escape), at: backslash)
    }
    if (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
      || value == 0xFFFE || value == 0xFFFF
    {
      let escape = String(decoding: bytes[backslash..<pos], as: UTF8.self)
      throw error(Message.controlEscape(escape), at: backslash)
    }
    UTF8.encode(scalar) { output.append($0) }
  }

  private func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
    guard let scalar = Unicode.Scalar(value) else { return }
    UTF8.encode(scalar) { output.append($0) }
  }
}

/// The two errors of an unclosed quote: the plain one, and one for a closing quote on a line
/// that is not indented enough to continue the value.
struct UnclosedQuote {
  var location: SourceLocation
  var isDouble: Bool

  var quote: UInt8 { isDouble ? ASCII.doubleQuote : ASCII.singleQuote }

  var atEnd: FrontMatterError {
    FrontMatterError(
      location: location,
      message: isDouble ? Message.unclosedDoubleQuote : Message.unclosedSingleQuote)
  }

  var needingIndent: FrontMatterError {
    FrontMatterError(
      location: location,
      message: isDouble
        ? Message.unclosedDoubleQuoteNeedingIndent : Message.unclosedSingleQuoteNeedingIndent)
  }
}
