import Text

/// The column alignment a delimiter row gives (`:--`, `:-:`, `--:`).
enum TableAlignment: UInt8 {
  case none
  case left
  case center
  case right
}

/// The GFM rules for one line of a pipe table: splitting a row into cells and reading the
/// delimiter row. Lines are byte ranges without their line ending.
enum TableRow {
  /// The trimmed byte ranges of the row's cells, or nil when the line holds no cell (a lone
  /// `|`). Cells are separated by `|` not escaped by a backslash; a leading and a trailing
  /// `|` are optional.
  static func cells(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [Range<Int>]? {
    var index = skipSpaces(bytes, from: line.lowerBound, to: line.upperBound)
    let end = line.upperBound
    if index < end && bytes[index] == UInt8(ascii: "|") {
      index = skipSpaces(bytes, from: index + 1, to: end)
    }
    var cells: [Range<Int>] = []
    // Room for a usual row at once instead of growing cell by cell.
    cells.reserveCapacity(8)
    while index < end {
      let start = index
      while index < end {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") && index + 1 < end && ASCII.isPunctuation(bytes[index + 1]) {
          index += 2
        } else if byte == UInt8(ascii: "|") {
          break
        } else {
          index += 1
        }
      }
      let pipe = index < end
      if index > start || pipe { cells.append(trimmed(bytes, start..<index)) }
      guard pipe else { break }
      index = skipSpaces(bytes, from: index + 1, to: end)
    }
    return cells.isEmpty ? nil : cells
  }

  /// The alignments of a delimiter row (`| :-- | --: |`), or nil when the line is not one.
  /// The line must not be indented by four columns or more.
  static func delimiters(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
    -> [TableAlignment]?
  {
    let end = line.upperBound
    var index = line.lowerBound
    var indent = 0
    while index < end && bytes[index] == 0x20 {
      index += 1
      indent += 1
    }
    guard indent < 4, index < end, bytes[index] != 0x09 else { return nil }
    if bytes[index] == UInt8(ascii: "|") { index += 1 }
    guard let first = marker(bytes, &index, end) else { return nil }
    var alignments = [first]
    while index < end && bytes[index] == UInt8(ascii: "|") {
      var cursor = index + 1
      guard let next = marker(bytes, &cursor, end) else {
        index += 1
        break
      }
      alignments.append(next)
      index = cursor
    }
    guard skipSpaces(bytes, from: index, to: end) == end else { return nil }
    return alignments
  }

  /// Reads `spaces :? -+ :? spaces`, advancing `index` past it.
  private static func marker(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ end: Int)
    -> TableAlignment?
  {
    var cursor = skipSpaces(bytes, from: index, to: end)
    let left = cursor < end && bytes[cursor] == UInt8(ascii: ":")
    if left { cursor += 1 }
    let dashes = cursor
    while cursor < end && bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
    guard cursor > dashes else { return nil }
    let right = cursor < end && bytes[cursor] == UInt8(ascii: ":")
    if right { cursor += 1 }
    index = skipSpaces(bytes, from: cursor, to: end)
    switch (left, right) {
    case (true, true): return .center
    case (true, false): return .left
    case (false, true): return .right
    case (false, false): return TableAlignment.none
    }
  }

  /// Skips spaces, tabs, vertical tabs and form feeds.
  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    var index = start
    while index < end {
      let byte = bytes[index]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C else { break }
      index += 1
    }
    return index
  }

  /// The range without ASCII white space at either end.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<
    Int
  > {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower && ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
