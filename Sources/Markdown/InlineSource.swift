import CMark

/// Where one leaf block's inlines came from: turns the positions cmark gives inline nodes
/// into byte ranges of the parsed text and into lines and columns of the page's file.
///
/// cmark 0.30 gives inline nodes a line and a byte column, but counts columns on a block's
/// later lines from the block's first column instead of the line's own first non-blank
/// character, and starts counting lines after link reference definitions at the block's
/// first line. Both are corrected here.
struct InlineSource {
  /// The text the block was parsed from (the page's body, or the auxiliary text of a
  /// fragment).
  let source: SourceText
  /// The fragment the block belongs to; nil for the body.
  let fragment: Fragment?
  /// The block's first line in `source`.
  let startLine: Int
  /// cmark's column offset for the block's lines (its first column minus one).
  let blockOffset: Int
  /// Lines of link reference definitions before the inline content.
  var lineShift = 0
  /// Bytes at the start of the block's line that belong to no inline (a cell's guard).
  let skip: Int
  /// The container prefixes, for lines after the first.
  let prefix: ContainerPrefix?

  /// The source of a paragraph or heading.
  init(block: Node, source: SourceText, fragment: Fragment?) {
    self.source = source
    self.fragment = fragment
    startLine = block.startLine
    skip = 0
    if block.type == CMARK_NODE_HEADING && block.endLine == block.startLine {
      blockOffset = block.startColumn - 1
      prefix = nil
    } else {
      blockOffset = block.startColumn - 1
      prefix = ContainerPrefix(block: block, source: source)
    }
  }

  /// The source of a table cell: one line of the auxiliary text.
  init(cell fragment: Fragment, auxiliary: SourceText) {
    source = auxiliary
    self.fragment = fragment
    startLine = fragment.firstLine
    blockOffset = 0
    skip = fragment.lines.first?.skip ?? 0
    prefix = nil
  }

  /// The source line and the byte offset within it of cmark's `line` and `column`, after
  /// `fix` (for positions after backslash line breaks).
  func location(line: Int, column: Int, fix: BreakCorrection = BreakCorrection()) -> (
    line: Int, offset: Int
  ) {
    let real = line + lineShift + fix.lines
    let column = column - fix.columns
    if real == startLine || prefix == nil { return (real, max(column - 1, skip)) }
    return (real, max(lineBase(real) + column - 1 - blockOffset, 0))
  }

  /// Where cmark's text for a later line of the block starts: at the line's first non-blank
  /// character, or, on a lazy continuation line, at the end of the container prefixes that
  /// matched.
  private func lineBase(_ line: Int) -> Int {
    guard let (offset, lazy) = prefix?.contentOffset(line: line) else { return 0 }
    var base = offset
    let range = source.range(ofLine: line)
    while !lazy, range.lowerBound + base < range.upperBound,
      source.bytes[range.lowerBound + base] == 0x20 || source.bytes[range.lowerBound + base] == 0x09
    {
      base += 1
    }
    return base
  }

  /// The length of the text cmark took from source line `line` (without the line ending).
  func contentLength(line: Int) -> Int {
    let range = source.range(ofLine: line)
    let start = line == startLine || prefix == nil ? blockOffset : lineBase(line)
    return max(range.count - start, 0)
  }

  /// The source bytes a text node was parsed from (absolute offsets in `source.bytes`).
  func span(of node: Node, fix: BreakCorrection) -> Range<Int>? {
    let line = node.startLine
    guard line > 0, node.endLine == line else { return nil }
    let start = location(line: line, column: node.startColumn, fix: fix)
    let end = location(line: line, column: node.endColumn, fix: fix)
    let range = source.range(ofLine: start.line)
    let lower = range.lowerBound + start.offset
    let upper = min(range.lowerBound + end.offset + 1, range.upperBound)
    guard lower <= upper else { return nil }
    return lower..<upper
  }

  /// The body line and 1-based scalar column of source line `line`, byte offset `offset`.
  func bodyPosition(line: Int, offset: Int, body: SourceText) -> (line: Int, column: Int) {
    guard let fragment else { return (line, body.scalarColumn(line: line, byteOffset: offset)) }
    let location = fragment.bodyLocation(line: line, offset: offset)
    return (location.line, body.scalarColumn(line: location.line, byteOffset: location.offset))
  }

  /// Computes `lineShift` for a paragraph that starts with link reference definitions: the
  /// lines cmark removed are those between the block's end and its last inline line.
  mutating func measureDefinitions(of block: Node, endLine: Int) {
    let range = source.range(ofLine: startLine)
    let first = range.lowerBound + max(block.startColumn - 1, 0)
    guard first < range.upperBound, source.bytes[first] == UInt8(ascii: "[") else { return }
    var fix = BreakCorrection()
    var walk = TreeWalk(block)
    while let (node, _) = walk.next() {
      if node != block { fix.visit(node, source: self) }
    }
    if fix.lastLine > 0 && endLine > fix.lastLine { lineShift = endLine - fix.lastLine }
  }
}
