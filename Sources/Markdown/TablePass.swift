import CMark

/// Finds the paragraphs (and setext headings) whose lines form GFM pipe tables and replaces
/// them with table nodes: custom blocks for the table, its sections, rows and cells, the cells
/// holding inline nodes that cmark parsed from each cell's text.
struct TablePass {
  /// The page's Markdown.
  let body: SourceText
  /// The cmark options the page was parsed with.
  let options: Int32
  /// Whether Russian typography applies (``MarkdownOptions/usesRussianTypography``).
  let russian: Bool

  /// The pass over `body`, parsed with cmark `options`; `russian` is
  /// ``MarkdownOptions/usesRussianTypography``, for ``PlainCell``.
  init(body: SourceText, options: Int32, russian: Bool = false) {
    self.body = body
    self.options = options
    self.russian = russian
  }

  /// The fragments re-parsed for the tables and the auxiliary text they came from; nil when
  /// the page has no table.
  func run(root: Node) -> (fragments: [Fragment], auxiliary: SourceText)? {
    guard body.bytes.withUnsafeBufferPointer({ Self.mayHoldTable($0) }) else { return nil }
    var found: [(block: Node, lines: [ContentLine], layout: TableLayout)] = []
    body.bytes.withUnsafeBufferPointer { bytes in
      for block in candidates(root) {
        let (lines, underline) = contentLines(of: block)
        if let layout = TableLayout(lines: lines, bytes: bytes, hasUnderline: underline) {
          found.append((block, lines, layout))
        }
      }
    }
    guard !found.isEmpty else { return nil }
    var parser = FragmentParser(
      plainCells: PlainCell(smart: options & CMARK_OPT_SMART != 0, russian: russian))
    // A cell costs four bytes more than its text (guard, blank line); its `|` pays for one.
    parser.reserveCapacity(
      found.reduce(64) { total, table in
        total + table.lines.reduce(0) { $0 + 2 * $1.range.count + 8 }
      })
    var plans: [(block: Node, layout: TableLayout, parts: TableParts)] = []
    for (block, lines, layout) in found {
      var parts = TableParts()
      if !layout.leading.isEmpty { parts.leading = parser.addLines(body, lines[layout.leading]) }
      let headerLine = lines[layout.header].number
      parts.header = layout.headerCells.map { cell(&parser, line: headerLine, range: $0) }
      for (offset, row) in layout.rows.enumerated() {
        let line = lines[layout.header + 2 + offset].number
        parts.rows.append(
          row.prefix(layout.alignments.count).map { cell(&parser, line: line, range: $0) })
      }
      if !layout.trailing.isEmpty { parts.trailing = parser.addLines(body, lines[layout.trailing]) }
      plans.append((block, layout, parts))
    }
    let auxiliary = parser.parse(body: body, options: options)
    let fragments = parser.fragments
    for plan in plans {
      let builder = TableBuilder(fragments: fragments, alignments: plan.layout.alignments)
      if let leading = plan.parts.leading { builder.insertBlocks(of: leading, before: plan.block) }
      plan.block.insertBefore(builder.table(plan.parts))
      if let trailing = plan.parts.trailing {
        builder.insertBlocks(of: trailing, before: plan.block)
      }
      plan.block.free()
    }
    return (fragments, auxiliary)
  }

  private func cell(_ parser: inout FragmentParser, line: Int, range: Range<Int>) -> Int? {
    range.isEmpty ? nil : parser.addCell(body, line: line, range: range)
  }

  /// Paragraphs and setext headings whose text has a `-` and a `|` or `:`, in document order.
  private func candidates(_ root: Node) -> [Node] {
    var result: [Node] = []
    let iterator = cmark_iter_new(root.raw)
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let node = Node(cmark_iter_get_node(iterator)) else { continue }
      let type = node.type
      if type == CMARK_NODE_PARAGRAPH
        || (type == CMARK_NODE_HEADING && node.endLine > node.startLine)
      {
        if mayHoldTable(node) { result.append(node) }
        cmark_iter_reset(iterator, node.raw, CMARK_EVENT_EXIT)
      }
    }
    return result
  }

  private func mayHoldTable(_ block: Node) -> Bool {
    let start = body.range(ofLine: block.startLine).lowerBound
    let end = body.range(ofLine: min(block.endLine + 1, body.lineCount)).upperBound
    guard start < end else { return false }
    return body.bytes.withUnsafeBufferPointer { bytes in
      var line = block.startLine + 1
      let last = min(block.endLine + 1, body.lineCount)
      while line <= last {
        if Self.mayBeDelimiterRow(bytes, body.range(ofLine: line)) {
          return Self.mayHoldTable(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        line += 1
      }
      return false
    }
  }

  /// Whether a whole line (container prefixes included) may be a delimiter row: it has a
  /// `-` and nothing but `-`, `|`, `:`, `>` and white space. A table needs such a line
  /// after its first.
  static func mayBeDelimiterRow(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    var dash = false
    for index in line {
      switch bytes[index] {
      case UInt8(ascii: "-"): dash = true
      case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: ">"), 0x20, 0x09, 0x0B, 0x0C: continue
      default: return false
      }
    }
    return dash
  }

  /// Whether the bytes have a `-` and a `|` or `:` (no table without them).
  static func mayHoldTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var dash = false
    var separator = false
    for byte in bytes {
      if byte == UInt8(ascii: "-") {
        dash = true
      } else if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ":") {
        separator = true
      }
      if dash && separator { return true }
    }
    return false
  }

  /// The block's lines without container prefixes and whether the last is a setext underline.
  private func contentLines(of block: Node) -> ([ContentLine], Bool) {
    let prefix = ContainerPrefix(block: block, source: body)
    let first = block.startLine
    let firstRange = body.range(ofLine: first)
    let start = min(firstRange.lowerBound + max(block.startColumn - 1, 0), firstRange.upperBound)
    var lines = [ContentLine(number: first, range: start..<firstRange.upperBound, isLazy: false)]
    let setext = block.type == CMARK_NODE_HEADING
    var line = first + 1
    let last = setext ? min(block.endLine + 1, body.lineCount) : block.endLine
    while line <= last {
      let range = body.range(ofLine: line)
      let (offset, lazy) = prefix.contentOffset(line: line)
      let content = min(range.lowerBound + offset, range.upperBound)..<range.upperBound
      lines.append(ContentLine(number: line, range: content, isLazy: lazy))
      if setext && body.isSetextUnderline(content) { return (lines, true) }
      line += 1
    }
    return (setext ? [] : lines, false)
  }
}

/// The fragments that make up one table: the lines before it, its cells (nil: empty) and the
/// lines after it.
struct TableParts {
  var leading: Int?
  var header: [Int?] = []
  var rows: [[Int?]] = []
  var trailing: Int?
}
