import CMark
import Foundation

/// Runs the inline passes over one leaf block (paragraph, heading, table cell): records its
/// links and images with their positions, then finds autolinks, strikethrough and (for
/// Russian pages) quotes and dashes in its text, and applies them all at once.
struct InlinePass {
  /// The block.
  let block: Node
  /// Where its inlines came from.
  let source: InlineSource
  /// The page's body (for columns).
  let body: SourceText
  /// The line of the file on which the body starts (``MarkdownOptions/firstLine``).
  let firstLine: Int
  /// Whether the GFM passes run.
  let extensions: Bool
  /// The block's links and images in the order met (text filled in later), then autolinks.
  private(set) var pending: [LinkReference] = []
  /// The inline raw HTML tags of the block (when they are dropped): each tag's lower-cased
  /// name and the file position of the first.
  private(set) var droppedHTML: (names: [String], line: Int, column: Int)?
  /// Whether inline raw HTML is dropped, and so collected in ``droppedHTML``.
  var collectsRawHTML = false
  /// The anchors its inline HTML sets (`<a id="…">`, `<span id="…">`, `<a name="…">`).
  private(set) var anchors: [String] = []
  private var items: [TextItem] = []
  private let russian: Bool

  /// A pass over `block`; `russian` is ``MarkdownOptions/usesRussianTypography``, worked out
  /// once per page.
  init(
    block: Node, source: consuming InlineSource, body: SourceText, firstLine: Int, extensions: Bool,
    russian: Bool
  ) {
    self.block = block
    self.source = source
    self.body = body
    self.firstLine = firstLine
    self.extensions = extensions
    self.russian = extensions && russian
  }

  /// Runs everything; afterwards links carry `.pendingLink` tags into `pending`.
  mutating func run() {
    gather()
    guard extensions, !items.isEmpty else { return }
    findAutolinks()
    findStrikethrough()
    if russian {
      // On a Russian page `typography` is exactly `RussianTypography.mayApply`.
      for index in items.indices where items[index].features.contains(.typography) {
        align(index)
      }
      RussianTypography.run(&items)
    }
    apply()
  }

  private mutating func gather() {
    var walk = TreeWalk(block)
    var linkDepth = 0
    var fix = BreakCorrection()
    while let (node, entering) = walk.next() {
      guard node != block else { continue }
      let type = node.type
      if entering { fix.visit(node, source: source) }
      if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
        if entering {
          linkDepth += 1
          let location = linkLocation(node, isImage: type == CMARK_NODE_IMAGE, fix: fix)
          node.tag = NodeTag(.pendingLink, index: pending.count)
          pending.append(
            reference(
              node.url, isImage: type == CMARK_NODE_IMAGE, line: location.line,
              offset: location.offset))
        } else {
          linkDepth -= 1
        }
      } else if type == CMARK_NODE_HTML_INLINE {
        noteRawHTML(node, fix: fix)
      } else if extensions && type == CMARK_NODE_TEXT, let parent = node.parent {
        let bytes = node.literal
        let features = TextItem.Features.scan(bytes, russian: russian)
        if !features.isEmpty {
          var item = TextItem(
            node: node, parent: parent, inLink: linkDepth > 0, bytes: bytes, features: features)
          item.fix = fix
          items.append(item)
        }
      }
    }
  }

  /// Adds an inline HTML tag's name to ``droppedHTML`` (comments and closing tags only
  /// count for the position).
  private mutating func noteRawHTML(_ node: Node, fix: BreakCorrection) {
    let literal = node.literal
    let (found, names) = RawHTMLTags.anchorsAndContent(in: literal)
    anchors += found
    guard collectsRawHTML, !names.isEmpty else { return }
    if var found = droppedHTML {
      for name in names where !found.names.contains(name) { found.names.append(name) }
      droppedHTML = found
      return
    }
    let location = source.location(line: node.startLine, column: node.startColumn, fix: fix)
    let position = reference("", isImage: false, line: location.line, offset: location.offset)
    droppedHTML = (names, position.line, position.column)
  }

  /// Where a link or image starts. cmark gives a link the line of its closing bracket and
  /// `<…>` autolinks a column without the block's offset; the first text child has both
  /// right, so it is used when the text starts the link.
  /// `fix` is the correction before the link; the first child may still move it.
  private func linkLocation(_ node: Node, isImage: Bool, fix: BreakCorrection) -> (
    line: Int, offset: Int
  ) {
    var fix = fix
    if let child = node.firstChild { fix.visit(child, source: source) }
    if let child = node.firstChild, child.type == CMARK_NODE_TEXT, child.startLine > 0 {
      let start = source.location(line: child.startLine, column: child.startColumn, fix: fix)
      return (start.line, max(start.offset - (isImage ? 2 : 1), 0))
    }
    let line = node.firstChild.map(\.startLine).flatMap { $0 > 0 ? $0 : nil } ?? node.startLine
    return source.location(line: line, column: node.startColumn, fix: fix)
  }

  private func reference(_ destination: String, isImage: Bool, line: Int, offset: Int)
    -> LinkReference
  {
    let position = source.bodyPosition(line: line, offset: offset, body: body)
    return LinkReference(
      destination: destination, isImage: isImage, text: "",
      line: position.line + firstLine - 1,
      column: position.column)
  }

  /// Lines the literal up with its source when it is needed and differs.
  private mutating func align(_ index: Int) {
    guard items[index].alignment == nil else { return }
    let item = items[index]
    items[index].span = source.span(of: item.node, fix: item.fix)
    guard let span = items[index].span else {
      items[index].alignment = .some(nil)
      return
    }
    items[index].alignment = source.source.bytes.withUnsafeBufferPointer { all in
      let slice = UnsafeBufferPointer(rebasing: all[span])
      if slice.count == item.bytes.count,
        let left = slice.baseAddress, let right = item.bytes.baseAddress,
        memcmp(left, right, slice.count) == 0
      {
        return .some(nil)
      }
      return .some(LiteralAlignment(literal: item.bytes, source: slice))
    }
  }

  private mutating func findAutolinks() {
    for index in items.indices where !items[index].inLink && items[index].features.contains(.links)
    {
      let item = items[index]
      let before = InlineBoundary.before(item.node)
      let startAllowed = before.isASCII && AutolinkScanner.wwwMayFollow(UInt8(before.value))
      let matches = AutolinkScanner.matches(in: item.bytes, startAllowsWWW: startAllowed)
      guard !matches.isEmpty else { continue }
      align(index)
      for match in matches {
        let text = String(decoding: item.bytes[match.range], as: UTF8.self)
        let (line, offset) = sourceLocation(index, match.range.lowerBound)
        items[index].edits.append(
          (match.range, .link(href: match.prefix + text, pending: pending.count)))
        items[index].links.append(match.range)
        pending.append(reference(match.prefix + text, isImage: false, line: line, offset: offset))
      }
    }
  }

  /// The source line and offset of a literal byte.
  private func sourceLocation(_ index: Int, _ offset: Int) -> (line: Int, offset: Int) {
    let item = items[index]
    let start = source.location(
      line: item.node.startLine, column: item.node.startColumn, fix: item.fix)
    guard let span = item.span else { return start }
    let lineStart = source.source.range(ofLine: start.line).lowerBound
    if case .some(.some(let alignment)) = item.alignment {
      return (start.line, span.lowerBound + alignment.sourceOffset[offset] - lineStart)
    }
    return (start.line, span.lowerBound + min(offset, span.count) - lineStart)
  }

  private mutating func findStrikethrough() {
    var runs: [Node: [DelimiterRun]] = [:]
    var parents: [Node] = []
    for index in items.indices where items[index].features.contains(.tildes) {
      align(index)
      let item = items[index]
      var offset = 0
      while offset < item.bytes.count {
        guard item.bytes[offset] == UInt8(ascii: "~"), !item.isProtected(offset),
          !item.isInLink(offset)
        else {
          offset += 1
          continue
        }
        var end = offset
        while end < item.bytes.count && item.bytes[end] == UInt8(ascii: "~")
          && !item.isProtected(end)
        { end += 1 }
        if end - offset <= 2 {
          let before = InlineBoundary.scalar(before: offset, in: item.bytes, node: item.node)
          let after = InlineBoundary.scalar(after: end, in: item.bytes, node: item.node)
          let (left, right) = Delimiters.flanking(before: before, after: after)
          if left || right {
            if runs[item.parent] == nil { parents.append(item.parent) }
            runs[item.parent, default: []].append(
              DelimiterRun(item: index, range: offset..<end, canOpen: left, canClose: right))
          }
        }
        offset = end
      }
    }
    var pairNumber = 0
    for parent in parents {
      let list = runs[parent] ?? []
      for (opener, closer) in Delimiters.strikethroughPairs(list) {
        items[list[opener].item].edits.append(
          (list[opener].range, .delimiter(pair: pairNumber, isOpener: true)))
        items[list[closer].item].edits.append(
          (list[closer].range, .delimiter(pair: pairNumber, isOpener: false)))
        pairNumber += 1
      }
    }
  }

  private mutating func apply() {
    var delimiters: [Int: (opener: Node?, closer: Node?)] = [:]
    for item in items where !item.edits.isEmpty {
      guard let nodes = item.applied(delimiters: &delimiters) else { continue }
      for node in nodes { item.node.insertBefore(node) }
      item.node.free()
    }
    for pair in delimiters.keys.sorted() {
      guard let entry = delimiters[pair], let opener = entry.opener, let closer = entry.closer
      else { continue }
      let wrapper = Node.make(CMARK_NODE_CUSTOM_INLINE)
      wrapper.tag = NodeTag(.strikethrough)
      opener.insertBefore(wrapper)
      var current = opener.next
      while let node = current, node != closer {
        current = node.next
        wrapper.append(node)
      }
      opener.free()
      closer.free()
    }
  }
}
