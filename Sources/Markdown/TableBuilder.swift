import CMark

/// Builds the nodes of one table from its parsed fragments.
struct TableBuilder {
  /// All fragments of the page.
  let fragments: [Fragment]
  /// The table's column alignments.
  let alignments: [TableAlignment]

  /// The table: `<table>`, `<thead>` with the header row, `<tbody>` when there are body rows.
  func table(_ parts: TableParts) -> Node {
    let table = Self.block(.table)
    let head = Self.block(.tableHead)
    head.append(row(parts.header, header: true))
    table.append(head)
    if !parts.rows.isEmpty {
      let body = Self.block(.tableBody)
      for cells in parts.rows { body.append(row(cells, header: false)) }
      table.append(body)
    }
    return table
  }

  /// Moves the blocks parsed from a fragment before `block`, marked with their fragment.
  func insertBlocks(of fragment: Int, before block: Node) {
    fragments[fragment].forEachNode { node in
      node.tag = NodeTag(.fragment, index: fragment)
      block.insertBefore(node)
    }
  }

  private func row(_ cells: [Int?], header: Bool) -> Node {
    let row = Self.block(.tableRow)
    for column in alignments.indices {
      let fragment = column < cells.count ? cells[column] : nil
      let tag = NodeTag(
        header ? .headerCell : .dataCell, index: fragment.map { $0 + 1 } ?? 0,
        detail: alignments[column].rawValue)
      let cell = Self.block(tag.kind)
      cell.tag = tag
      if let fragment { fill(cell, from: fragments[fragment]) }
      row.append(cell)
    }
    return row
  }

  /// Moves the inlines of the cell's paragraph into `cell`, without the cell guard. A plain
  /// cell stays empty: its text is its fragment's ``Fragment/plainText``, which the later
  /// passes read from the body (``PlainCell``), so no text node is made for it.
  private func fill(_ cell: Node, from fragment: Fragment) {
    guard fragment.plainText == nil else { return }
    fragment.forEachNode { block in
      if block.type == CMARK_NODE_PARAGRAPH {
        var child = block.firstChild
        while let inline = child {
          child = inline.next
          cell.append(inline)
        }
      }
      block.free()
    }
    guard let first = cell.firstChild, first.type == CMARK_NODE_TEXT else { return }
    let literal = first.literal
    // The guard is U+00A0 (`FragmentParser.cellGuard`).
    guard literal.count >= 2, literal[0] == 0xC2, literal[1] == 0xA0 else { return }
    if literal.count == 2 {
      first.free()
    } else {
      // `setLiteral` copies the bytes before cmark frees the old literal.
      first.setLiteral(UnsafeBufferPointer(rebasing: literal[2...]))
    }
  }

  private static func block(_ kind: NodeTag.Kind) -> Node {
    let node = Node.make(CMARK_NODE_CUSTOM_BLOCK)
    node.tag = NodeTag(kind)
    return node
  }
}
