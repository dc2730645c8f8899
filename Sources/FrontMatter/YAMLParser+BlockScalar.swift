import Text

extension YAMLParser {
  /// What a block scalar does with its final line breaks.
  private enum Chomping {
    case strip
    case keep
  }

  /// Parses a `|` (literal) or `>` (folded) block scalar with its optional chomping and
  /// indentation indicators; the content lines must be indented more than `parentIndent`.
  mutating func parseBlockScalar(parentIndent: Int) throws(FrontMatterError) -> YAMLValue {
    let start = pos
    let location = here
    let literal = current == ASCII.pipe
    pos += 1
    var chomping: Chomping?  // nil: clip
    var explicitIndent: Int?
    for _ in 0..<2 {
      let byte = current
      if (byte == ASCII.plus || byte == ASCII.minus) && chomping == nil {
        chomping = byte == ASCII.plus ? .keep : .strip
      } else if byte >= ASCII.one && byte <= ASCII.nine && explicitIndent == nil {
        explicitIndent = Int(byte - ASCII.zero)
      } else {
        break
      }
      pos += 1
    }
    let headerEnd = pos
    skipBlanks()
    if current == ASCII.hash && pos > headerEnd { skipToLineEnd() }
    guard current == ASCII.lineFeed || current == ASCII.end else {
      throw error(Message.invalidBlockScalarHeader, at: pos)
    }
    let contentIndent =
      explicitIndent.map { max(parentIndent, 0) + $0 }
      ?? detectIndent(from: pos, parentIndent: parentIndent)
    var body = BlockScalarBody(literal: literal)
    var lastContentEnd = pos
    while current == ASCII.lineFeed {
      advanceLine()
      var column = 0
      while column < contentIndent && current == ASCII.space {
        pos += 1
        column += 1
      }
      if current == ASCII.lineFeed {
        body.addEmptyLine()
        continue
      }
      if current == ASCII.end { break }
      if column < contentIndent {
        pos = lineStart
        break
      }
      let contentStart = pos
      skipToLineEnd()
      body.addLine(bytes[contentStart..<pos], endsWithBreak: current == ASCII.lineFeed)
      lastContentEnd = pos
    }
    let text = body.finish(
      keepingLastBreak: chomping != .strip, keepingEmptyLines: chomping == .keep)
    let source = String(decoding: bytes[start..<lastContentEnd], as: UTF8.self)
    try skipToContent()
    return YAMLValue(.string(text), location: location, sourceText: source)
  }

  /// The indentation of the first non-empty line after the header (at least one more than the
  /// parent), or of the deepest empty line when there is none.
  private func detectIndent(from lineFeed: Int, parentIndent: Int) -> Int {
    var lineBegin = lineFeed + 1
    var deepest = 0
    while lineBegin <= bytes.count {
      var column = lineBegin
      while byte(at: column) == ASCII.space { column += 1 }
      let width = column - lineBegin
      if byte(at: column) == ASCII.lineFeed {
        deepest = max(deepest, width)
        lineBegin = column + 1
        continue
      }
      if byte(at: column) != ASCII.end { deepest = max(deepest, width) }
      break
    }
    return max(deepest, parentIndent + 1, 1)
  }
}
