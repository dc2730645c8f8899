/// One source line of a block, with its container prefixes removed.
struct ContentLine {
  /// The line's number in its source.
  var number: Int
  /// The content's bytes in the source (without the line ending).
  var range: Range<Int>
  /// Whether the line continues the block lazily (a container's prefix is missing).
  var isLazy: Bool
}

/// Where a table sits among the lines of a paragraph, as GFM finds it: the header row is the
/// line just above the first delimiter row with as many cells; the body runs until a line
/// that is no row or that starts another block.
struct TableLayout {
  /// The lines before the header (they stay a paragraph).
  var leading: Range<Int>
  /// The header line's index.
  var header: Int
  /// The header's cells.
  var headerCells: [Range<Int>]
  /// The columns' alignments (one per header cell).
  var alignments: [TableAlignment]
  /// The body rows' cells, first to last.
  var rows: [[Range<Int>]]
  /// The lines after the table (they are parsed again as Markdown).
  var trailing: Range<Int>

  /// The table in `lines`, or nil. With `hasUnderline`, the last line is a setext heading's
  /// underline: never a delimiter row.
  init?(lines: [ContentLine], bytes: UnsafeBufferPointer<UInt8>, hasUnderline: Bool) {
    let candidates = hasUnderline ? lines.count - 1 : lines.count
    var found: (Int, [Range<Int>], [TableAlignment])?
    var index = 1
    while index < candidates {
      let line = lines[index]
      if !line.isLazy, let alignments = TableRow.delimiters(bytes, line.range),
        let header = TableRow.cells(bytes, lines[index - 1].range), header.count == alignments.count
      {
        found = (index - 1, header, alignments)
        break
      }
      index += 1
    }
    guard let (header, headerCells, alignments) = found else { return nil }
    self.leading = 0..<header
    self.header = header
    self.headerCells = headerCells
    self.alignments = alignments
    var rows: [[Range<Int>]] = []
    var next = header + 2
    while next < lines.count {
      let line = lines[next]
      guard !line.isLazy, !TableLineRules.startsBlock(bytes, line.range),
        let cells = TableRow.cells(bytes, line.range)
      else { break }
      rows.append(cells)
      next += 1
    }
    self.rows = rows
    self.trailing = next..<lines.count
  }
}
