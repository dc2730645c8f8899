import Text

/// A recursive-descent parser for the YAML subset, working on UTF-8 bytes with line feeds only.
///
/// Convention: every node parser starts at the node's first character and returns with the
/// cursor on the first non-space character of the next line that holds content (or at the
/// end of the input), having checked that nothing but spaces and a comment followed the node.
struct YAMLParser {
  /// How deep block and flow collections may nest.
  static let maximumDepth = 64

  let bytes: [UInt8]
  /// The file line of the first YAML line.
  let firstLine: Int
  /// The cursor: an index into `bytes`.
  var pos = 0
  /// The 0-based line of the cursor within the YAML text.
  var line = 0
  /// The index of the first byte of the cursor's line.
  var lineStart = 0
  /// The current nesting depth of nodes.
  var depth = 0
  /// The last column computed, so that locations along one long line cost linear time.
  private let columnCache = ColumnCache()

  /// A saved cursor.
  struct Mark {
    var pos: Int
    var line: Int
    var lineStart: Int
  }

  init(bytes: [UInt8], firstLine: Int) {
    self.bytes = bytes
    self.firstLine = firstLine
  }

  // MARK: Reading

  /// The byte at `index`, or ``ASCII/end`` past the end.
  @inline(__always)
  func byte(at index: Int) -> UInt8 {
    index < bytes.count ? bytes[index] : ASCII.end
  }

  /// The byte under the cursor.
  var current: UInt8 { byte(at: pos) }

  /// The byte after the cursor.
  var next: UInt8 { byte(at: pos + 1) }

  /// The cursor's column as a count of bytes from the line start (indentation is spaces).
  var indent: Int { pos - lineStart }

  /// True when the cursor is at the end of the input.
  var atEnd: Bool { pos >= bytes.count }

  var mark: Mark { Mark(pos: pos, line: line, lineStart: lineStart) }

  mutating func reset(to mark: Mark) {
    pos = mark.pos
    line = mark.line
    lineStart = mark.lineStart
  }

  // MARK: Locations and errors

  /// The file location of `offset`, which must be on the cursor's line.
  func location(at offset: Int) -> SourceLocation {
    var column = 1
    var index = lineStart
    let stop = min(offset, bytes.count)
    if columnCache.lineStart == lineStart && columnCache.offset <= stop {
      index = columnCache.offset
      column = columnCache.column
    }
    while index < stop {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    columnCache.lineStart = lineStart
    columnCache.offset = index
    columnCache.column = column
    return SourceLocation(line: firstLine + line, column: column)
  }

  /// The file location of the cursor.
  var here: SourceLocation { location(at: pos) }

  func error(_ message: String, at offset: Int) -> FrontMatterError {
    FrontMatterError(location: location(at: offset), message: message)
  }

  /// The Unicode character starting at `offset`, as text for messages.
  func character(at offset: Int) -> String {
    guard offset < bytes.count else { return "" }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  // MARK: Moving

  /// Moves past the line feed under the cursor to the start of the next line.
  mutating func advanceLine() {
    pos += 1
    line += 1
    lineStart = pos
  }

  /// Moves to the line feed (or the end) of the cursor's line.
  mutating func skipToLineEnd() {
    while pos < bytes.count, bytes[pos] != ASCII.lineFeed { pos += 1 }
  }

  /// Moves past spaces and tabs.
  mutating func skipBlanks() {
    while ASCII.isBlank(current) { pos += 1 }
  }

  /// True when the byte at `offset` starts a comment (`#` at a line start or after a blank).
  func isCommentStart(at offset: Int) -> Bool {
    byte(at: offset) == ASCII.hash
      && (offset == lineStart || ASCII.isBlank(byte(at: offset - 1)))
  }

  /// True when a line starting at `offset` begins with `---` or `...` and a blank or its end.
  func isDocumentMarker(at offset: Int) -> Bool {
    let first = byte(at: offset)
    guard first == ASCII.minus || first == ASCII.period else { return false }
    return byte(at: offset + 1) == first && byte(at: offset + 2) == first
      && ASCII.isWhiteOrEnd(byte(at: offset + 3))
  }

  /// From a line feed, the end, or a line start, moves to the first non-space character of the
  /// next line with content, skipping blank and comment lines. A `---` line stops the cursor
  /// when `allowDocumentStart` is set and is an error otherwise.
  mutating func skipToContent(allowDocumentStart: Bool = false) throws(FrontMatterError) {
    while pos < bytes.count {
      if bytes[pos] == ASCII.lineFeed {
        advanceLine()
        continue
      }
      var contentStart = pos
      while byte(at: contentStart) == ASCII.space { contentStart += 1 }
      var firstVisible = contentStart
      while ASCII.isBlank(byte(at: firstVisible)) { firstVisible += 1 }
      let visible = byte(at: firstVisible)
      if visible == ASCII.lineFeed || visible == ASCII.end {
        pos = firstVisible
        continue
      }
      if visible == ASCII.hash {
        pos = firstVisible
        skipToLineEnd()
        continue
      }
      if firstVisible != contentStart { throw error(Message.tabIndentation, at: contentStart) }
      pos = contentStart
      if pos == lineStart && isDocumentMarker(at: pos) {
        if allowDocumentStart && current == ASCII.minus { return }
        let message = current == ASCII.minus ? Message.severalDocuments : Message.documentEnd
        throw error(message, at: pos)
      }
      return
    }
  }

  /// Checks that only blanks and a comment remain on the line, then moves to the next content.
  mutating func endLine(unexpectedText message: String) throws(FrontMatterError) {
    skipBlanks()
    if isCommentStart(at: pos) {
      skipToLineEnd()
    } else if current != ASCII.lineFeed && current != ASCII.end {
      throw error(message, at: pos)
    }
    try skipToContent()
  }

  /// Enters a nested node, failing beyond ``maximumDepth``.
  mutating func enterNode() throws(FrontMatterError) {
    depth += 1
    if depth > Self.maximumDepth { throw error(Message.nestingTooDeep, at: pos) }
  }
}

/// The column of one byte offset on one line, remembered between location queries.
final class ColumnCache {
  var lineStart = -1
  var offset = 0
  var column = 1
}
