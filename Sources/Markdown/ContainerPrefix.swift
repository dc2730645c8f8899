import CMark

/// Where a block's content starts on each of its source lines: past the prefixes of the block
/// quotes and list items that hold it (`> `, an item's indentation), as cmark consumed them.
///
/// cmark's source positions give only a block's first line exactly; its other lines need this
/// to map inline positions and to recover the block's text.
struct ContainerPrefix {
  /// The source the block was parsed from.
  let source: SourceText
  /// The block quotes and list items around the block, outermost first.
  let containers: [Node]

  /// The prefixes of `block`'s containers, up to the document or to the top block of a
  /// re-parsed fragment.
  init(block: Node, source: SourceText) {
    self.source = source
    var found: [Node] = []
    // A re-parsed fragment's top block has no containers of its own text above it.
    var current = block.tag.kind == .fragment ? nil : block.parent
    while let node = current {
      let type = node.type
      if type == CMARK_NODE_DOCUMENT { break }
      if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM { found.append(node) }
      if node.tag.kind == .fragment { break }
      current = node.parent
    }
    containers = found.reversed()
  }

  /// The byte offset (from the line's start) where the content starts on `line`, and whether
  /// the line is a lazy continuation line (a container's prefix is missing).
  func contentOffset(line: Int) -> (offset: Int, lazy: Bool) {
    offset(line: line, depth: containers.count)
  }

  /// The line of a setext heading's underline: the first line after `start` whose content is
  /// one, looking no further than `limit`.
  func setextUnderline(after start: Int, limit: Int) -> Int? {
    var line = start + 1
    while line <= min(limit, source.lineCount) {
      let range = source.range(ofLine: line)
      let (offset, lazy) = contentOffset(line: line)
      if !lazy
        && source.isSetextUnderline(
          min(range.lowerBound + offset, range.upperBound)..<range.upperBound)
      {
        return line
      }
      line += 1
    }
    return nil
  }

  /// The offset after the first `depth` containers on `line`.
  private func offset(line: Int, depth: Int) -> (offset: Int, lazy: Bool) {
    let range = source.range(ofLine: line)
    var position = range.lowerBound
    for index in 0..<depth {
      let container = containers[index]
      if container.startLine == line {
        position = range.lowerBound + startOffset(of: container, line: line)
        continue
      }
      if container.type == CMARK_NODE_BLOCK_QUOTE {
        var cursor = position
        var spaces = 0
        while cursor < range.upperBound && source.bytes[cursor] == 0x20 && spaces < 3 {
          cursor += 1
          spaces += 1
        }
        guard cursor < range.upperBound && source.bytes[cursor] == UInt8(ascii: ">") else {
          return (position - range.lowerBound, true)
        }
        cursor += 1
        if cursor < range.upperBound
          && (source.bytes[cursor] == 0x20 || source.bytes[cursor] == 0x09)
        {
          cursor += 1
        }
        position = cursor
      } else {
        let required = indent(of: container)
        let (consumed, width) = skipColumns(line: line, from: position, columns: required)
        guard width >= required else { return (position - range.lowerBound, true) }
        position = consumed
      }
    }
    return (position - range.lowerBound, false)
  }

  /// Where a container's content starts on its own first line (byte offset in the line).
  private func startOffset(of container: Node, line: Int) -> Int {
    let marker = container.startColumn - 1
    let range = source.range(ofLine: line)
    if container.type == CMARK_NODE_BLOCK_QUOTE {
      var offset = marker + 1
      let index = range.lowerBound + offset
      if index < range.upperBound && (source.bytes[index] == 0x20 || source.bytes[index] == 0x09) {
        offset += 1
      }
      return offset
    }
    return itemContent(container, line: line).offset
  }

  /// Where a list item's content starts on its first line, by cmark's rule: after the marker
  /// and 1 to 4 columns of white space; one column after the marker when 5 or more columns
  /// follow (indented code) or nothing does.
  private func itemContent(_ item: Node, line: Int) -> (offset: Int, column: Int) {
    let range = source.range(ofLine: line)
    let bytes = source.bytes
    var index = min(range.lowerBound + max(item.startColumn - 1, 0), range.upperBound)
    if index < range.upperBound
      && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
        || bytes[index] == UInt8(ascii: "*"))
    {
      index += 1
    } else {
      while index < range.upperBound && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      if index < range.upperBound { index += 1 }
    }
    let markerEnd = column(line: line, offset: index - range.lowerBound)
    var cursor = index
    var current = markerEnd
    while cursor < range.upperBound && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) {
      current += bytes[cursor] == 0x09 ? 4 - current % 4 : 1
      cursor += 1
    }
    let spaces = current - markerEnd
    if cursor == range.upperBound || spaces > 4 || spaces == 0 {
      return (index - range.lowerBound + 1, markerEnd + 1)
    }
    return (cursor - range.lowerBound, current)
  }

  /// The indentation, in columns, a list item's continuation lines need.
  private func indent(of item: Node) -> Int {
    guard let depth = containers.firstIndex(of: item) else { return 0 }
    let line = item.startLine
    let outer = offset(line: line, depth: depth).offset
    return max(itemContent(item, line: line).column - column(line: line, offset: outer), 0)
  }

  /// The column (tab stops every 4 columns) of byte `offset` of `line`.
  private func column(line: Int, offset: Int) -> Int {
    let range = source.range(ofLine: line)
    var column = 0
    var index = range.lowerBound
    let end = min(range.lowerBound + offset, range.upperBound)
    while index < end {
      column += source.bytes[index] == 0x09 ? 4 - column % 4 : 1
      index += 1
    }
    return column
  }

  /// Skips up to `columns` columns of spaces and tabs from byte `start` of `line`; returns
  /// the index reached and the columns skipped.
  private func skipColumns(line: Int, from start: Int, columns: Int) -> (Int, Int) {
    let range = source.range(ofLine: line)
    let first = column(line: line, offset: start - range.lowerBound)
    var current = first
    var cursor = start
    while cursor < range.upperBound && current - first < columns {
      let byte = source.bytes[cursor]
      if byte == 0x20 {
        current += 1
      } else if byte == 0x09 {
        current += 4 - current % 4
      } else {
        break
      }
      cursor += 1
    }
    return (cursor, current - first)
  }
}
