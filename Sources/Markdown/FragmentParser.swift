import CMark
import Foundation

/// Collects fragments (table cells, lines around tables) into one auxiliary Markdown text,
/// parses it with cmark in one go and hands each fragment the blocks made of its lines.
///
/// Each cell becomes a line of its own that starts with a no-break space, so that nothing in
/// it can start a block (`1.`, `#`, `>`) while inline rules see a line start (the space is
/// Unicode white space). Block fragments are followed by a line holding only that space,
/// which closes any list or indented code they opened. A plain cell (``PlainCell``) is not
/// added to the text: its fragment only records where its text lies in the body.
struct FragmentParser {
  /// The guard put before each cell: U+00A0.
  static let cellGuard: [UInt8] = [0xC2, 0xA0]

  /// The fragments, in the order they were added.
  private(set) var fragments: [Fragment] = []
  private var text: [UInt8] = []
  private var line = 1
  private var mayUseReferences = false
  /// Which cells are plain; nil: every cell is parsed.
  private let plainCells: PlainCell?

  /// A parser that leaves plain cells out of the parse when `plainCells` is given.
  init(plainCells: PlainCell? = nil) { self.plainCells = plainCells }

  /// Makes room for `count` bytes of auxiliary text.
  mutating func reserveCapacity(_ count: Int) { text.reserveCapacity(count) }

  /// Adds a table cell: `range` of line `bodyLine` of `body` (non-empty, trimmed).
  mutating func addCell(_ body: SourceText, line bodyLine: Int, range: Range<Int>) -> Int {
    if let plainCells,
      body.bytes.withUnsafeBufferPointer({
        plainCells.isPlain(UnsafeBufferPointer(rebasing: $0[range]))
      })
    {
      fragments.append(Fragment(plainText: range))
      return fragments.count - 1
    }
    var pipes: [Int] = []
    text += Self.cellGuard
    let contentStart = text.count
    text.reserveCapacity(text.count + range.count + 2)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = body.bytes[index]
      if byte == UInt8(ascii: "\\") && index + 1 < range.upperBound
        && body.bytes[index + 1] == UInt8(ascii: "|")
      {
        pipes.append(text.count - contentStart)
        index += 1
        continue
      }
      if byte == UInt8(ascii: "[") { mayUseReferences = true }
      text.append(byte)
      index += 1
    }
    let offset = range.lowerBound - body.range(ofLine: bodyLine).lowerBound
    var fragment = Fragment(
      kind: .cell,
      lines: [Fragment.Line(bodyLine: bodyLine, bodyOffset: offset, skip: 2, unescapedPipes: pipes)]
    )
    fragment.firstLine = line
    text.append(0x0A)
    text.append(0x0A)
    line += 2
    fragments.append(fragment)
    return fragments.count - 1
  }

  /// Adds whole lines of `body` to be parsed as blocks.
  mutating func addLines(_ body: SourceText, _ lines: ArraySlice<ContentLine>) -> Int {
    var fragment = Fragment(
      kind: .blocks,
      lines: lines.map {
        Fragment.Line(
          bodyLine: $0.number,
          bodyOffset: $0.range.lowerBound - body.range(ofLine: $0.number).lowerBound,
          skip: 0, unescapedPipes: [])
      })
    fragment.firstLine = line
    for content in lines {
      let bytes = body.bytes[content.range]
      if bytes.contains(UInt8(ascii: "[")) { mayUseReferences = true }
      text += bytes
      text.append(0x0A)
    }
    text.append(0x0A)
    text += Self.cellGuard
    text += [0x0A, 0x0A]
    line += lines.count + 3
    fragments.append(fragment)
    return fragments.count - 1
  }

  /// Parses everything added; afterwards each fragment's `nodes` hold its blocks. The body is
  /// appended when a fragment may use its link reference definitions. Returns the auxiliary
  /// text (for source positions).
  mutating func parse(body: SourceText, options: Int32) -> SourceText {
    // Only plain cells (or nothing) were added: no parse.
    guard !text.isEmpty else { return SourceText(text) }
    if mayUseReferences && Self.containsDefinitionMark(body.bytes) {
      text += [0x0A, 0x0A]
      text += body.bytes
    }
    let root = text.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, options)
      }
    }
    guard let root = Node(root) else { return SourceText(text) }
    var index = 0
    var child = root.firstChild
    while let block = child {
      child = block.next
      let start = block.startLine
      while index < fragments.count
        && (fragments[index].plainText != nil
          || fragments[index].firstLine + fragments[index].lines.count <= start)
      {
        index += 1
      }
      guard index < fragments.count else { break }
      if fragments[index].contains(line: start) {
        block.unlink()
        fragments[index].addNode(block)
      }
    }
    root.free()
    return SourceText(text)
  }

  /// Whether the text holds `]:` (a link reference definition needs one).
  private static func containsDefinitionMark(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      var offset = 1
      while offset < buffer.count,
        let found = memchr(base + offset, Int32(UInt8(ascii: ":")), buffer.count - offset)
      {
        let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if base[index - 1] == UInt8(ascii: "]") { return true }
        offset = index + 1
      }
      return false
    }
  }
}
