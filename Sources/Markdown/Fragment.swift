/// Text that cmark parses apart from the page: a table cell (as one line of inline Markdown)
/// or the lines before or after a table (as blocks). Knows where its lines came from.
struct Fragment {
  /// What the fragment holds.
  enum Kind {
    /// One table cell.
    case cell
    /// Whole lines of blocks.
    case blocks
  }

  /// One line of the fragment and the body line it came from.
  struct Line {
    /// The body line.
    var bodyLine: Int
    /// The body byte offset (within that line) of the fragment line's first content byte.
    var bodyOffset: Int
    /// Bytes at the start of the fragment line that are not in the body (a cell's guard).
    var skip: Int
    /// Content offsets (after `skip`) of the `|` characters whose escaping backslash was
    /// removed, in increasing order.
    var unescapedPipes: [Int]
  }

  /// What the fragment holds.
  let kind: Kind
  /// Its lines.
  let lines: [Line]
  /// The auxiliary document's line number of the first line (0 for a plain cell).
  var firstLine = 0
  /// A plain cell's text in the body (``PlainCell``): it is not parsed, and has no lines or
  /// nodes; nil for every other fragment.
  let plainText: Range<Int>?
  /// The first top-level block cmark made of it (a cell has just one: no array for it).
  private var firstNode: Node?
  /// The top-level blocks after the first.
  private var laterNodes: [Node] = []

  /// The top-level blocks cmark made of it (unlinked from the auxiliary document).
  var nodes: [Node] { firstNode.map { [$0] + laterNodes } ?? [] }

  init(kind: Kind, lines: [Line]) {
    self.kind = kind
    self.lines = lines
    plainText = nil
  }

  /// A plain cell: the body bytes `range`, which become one text node as they are.
  init(plainText range: Range<Int>) {
    kind = .cell
    lines = []
    plainText = range
  }

  /// Adds a top-level block after those already added.
  mutating func addNode(_ node: Node) {
    if firstNode == nil { firstNode = node } else { laterNodes.append(node) }
  }

  /// Calls `body` with each top-level block in order, without making an array of them.
  func forEachNode(_ body: (Node) -> Void) {
    guard let firstNode else { return }
    body(firstNode)
    for node in laterNodes { body(node) }
  }

  /// Whether auxiliary line `line` belongs to the fragment.
  func contains(line: Int) -> Bool { line >= firstLine && line < firstLine + lines.count }

  /// The body line and byte offset of auxiliary line `line`, byte offset `offset`.
  func bodyLocation(line: Int, offset: Int) -> (line: Int, offset: Int) {
    let index = min(max(line - firstLine, 0), lines.count - 1)
    guard index >= 0 else { return (0, 0) }
    let source = lines[index]
    let content = max(offset - source.skip, 0)
    var shift = 0
    for pipe in source.unescapedPipes where pipe <= content { shift += 1 }
    return (source.bodyLine, source.bodyOffset + content + shift)
  }
}
