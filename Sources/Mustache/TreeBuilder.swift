/// Builds the node tree from standalone-processed tokens: matches opening and closing tags,
/// places line-start marks, and re-indents standalone blocks.
struct TreeBuilder {
  /// The most sections that may be nested in one template.
  static let maximumNesting = 200

  /// Finds the template a partial or parent tag names.
  typealias Resolver = (_ name: String, _ isParent: Bool, _ position: SourcePosition)
    throws(TemplateError) -> TemplateReference

  /// An open section (or the template itself, at the bottom).
  private struct Frame {
    /// The opening tag; `nil` for the template.
    var tag: Tag?
    /// Where the opening tag is.
    var position: SourcePosition?
    /// Nodes built so far.
    var nodes: [Node] = []
    /// Text not yet made a node.
    var pending: [UInt8] = []
    /// What to remove from the start of each line (the common indentation of the innermost
    /// standalone block).
    var strip: [UInt8] = []
    /// For a standalone block or parent: the indentation of its lines.
    var indentation: [UInt8]?
    /// For a parent: the blocks given inside it.
    var blocks: [String: [Node]] = [:]
  }

  /// The source and its line index.
  let map: SourceMap
  /// The tokens.
  let tokens: [Token]
  /// Finds partials and parents.
  let resolve: Resolver
  private var frames: [Frame] = [Frame()]
  private var atLineStart = true
  private var closeIndex: [Int: Int] = [:]
  private var cursor: SourceCursor

  /// A builder for `tokens` of the source in `map`.
  init(map: SourceMap, tokens: [Token], resolve: @escaping Resolver) {
    self.map = map
    self.tokens = tokens
    self.resolve = resolve
    cursor = SourceCursor(map: map)
    var open: [Int] = []
    for (index, token) in tokens.enumerated() {
      guard case .tag(let tag) = token else { continue }
      if tag.kind.opensSection {
        open.append(index)
      } else if tag.kind == .close, let opener = open.popLast() {
        closeIndex[opener] = index
      }
    }
  }

  /// Builds the tree; unless `requiringClosedSections` is false, a section left open at the
  /// end is an error.
  mutating func build(requiringClosedSections: Bool = true) throws(TemplateError) -> [Node] {
    for index in tokens.indices {
      switch tokens[index] {
      case .text(let range): appendText(range)
      case .tag(let tag): try appendTag(tag, index: index)
      }
    }
    if requiringClosedSections, let open = frames.last?.tag {
      throw map.error(
        at: open.start,
        "unclosed \(open.kind.sectionWord) '\(open.name)': no closing tag "
          + "'\(String(decoding: open.delimiters.open, as: UTF8.self))/\(open.name)"
          + "\(String(decoding: open.delimiters.close, as: UTF8.self))' follows")
    }
    flush()
    return frames[0].nodes
  }

  /// Adds literal text, splitting it at line starts.
  private mutating func appendText(_ range: Range<Int>) {
    let bytes = map.bytes
    var offset = range.lowerBound
    let strip = frames[frames.count - 1].strip
    while offset < range.upperBound {
      var chunkEnd = offset
      while chunkEnd < range.upperBound, bytes[chunkEnd] != UInt8(ascii: "\n") { chunkEnd += 1 }
      if chunkEnd < range.upperBound { chunkEnd += 1 }
      var start = offset
      if !strip.isEmpty, offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n") {
        var matched = 0
        while matched < strip.count, start < chunkEnd, bytes[start] == strip[matched] {
          start += 1
          matched += 1
        }
      }
      if start < chunkEnd {
        let first = bytes[start]
        let isEmptyLine =
          first == UInt8(ascii: "\n")
          || (first == UInt8(ascii: "\r") && start + 1 < chunkEnd
            && bytes[start + 1] == UInt8(ascii: "\n"))
        if atLineStart, !isEmptyLine { markLineStart() }
        frames[frames.count - 1].pending.append(contentsOf: bytes[start..<chunkEnd])
        atLineStart = bytes[chunkEnd - 1] == UInt8(ascii: "\n")
      }
      offset = chunkEnd
    }
  }

  /// Adds a line-start mark if the next output begins a line.
  private mutating func markLineStart() {
    guard atLineStart else { return }
    atLineStart = false
    append(.lineStart)
  }

  /// Adds a node to the innermost frame.
  private mutating func append(_ node: Node) {
    flush()
    frames[frames.count - 1].nodes.append(node)
  }

  /// Turns pending text into a node.
  private mutating func flush() {
    let last = frames.count - 1
    guard !frames[last].pending.isEmpty else { return }
    frames[last].nodes.append(.text(frames[last].pending))
    frames[last].pending = []
  }

  /// Adds a tag.
  private mutating func appendTag(_ tag: Tag, index: Int) throws(TemplateError) {
    if !tag.standalone { markLineStart() }
    let position = cursor.position(tag.start)
    switch tag.kind {
    case .comment, .setDelimiters:
      break
    case .variable, .raw:
      append(
        .value(ValueNode(name: Name(tag.name), escaped: tag.kind == .variable, position: position)))
    case .partial:
      let target = try resolve(tag.name, false, position)
      append(
        .partial(PartialNode(target: target, indentation: indentation(of: tag), position: position))
      )
    case .section, .inverted, .parent, .block:
      guard frames.count <= Self.maximumNesting else {
        throw position.error("sections nested too deeply (more than \(Self.maximumNesting) levels)")
      }
      open(tag, index: index, position: position)
    case .close:
      try close(tag, position: position)
    }
  }

  /// The indentation of a standalone partial or parent, relative to the block it is in.
  private func indentation(of tag: Tag) -> [UInt8]? {
    guard tag.standalone else { return nil }
    return tag.indentation.droppingPrefix(frames[frames.count - 1].strip)
  }

  /// Opens a section, parent or block.
  private mutating func open(_ tag: Tag, index: Int, position: SourcePosition) {
    flush()
    let enclosingStrip = frames[frames.count - 1].strip
    var frame = Frame(tag: tag, position: position, strip: enclosingStrip)
    if tag.kind == .parent {
      frame.indentation = indentation(of: tag)
    } else if tag.kind == .block, tag.standalone {
      let common = commonIndentation(ofBlockAt: index)
      frame.strip = common
      let relative = common.droppingPrefix(enclosingStrip)
      frame.indentation =
        relative.isEmpty ? tag.indentation.droppingPrefix(enclosingStrip) : relative
    }
    frames.append(frame)
  }

  /// Closes the innermost open section, parent or block.
  private mutating func close(_ tag: Tag, position: SourcePosition) throws(TemplateError) {
    flush()
    guard frames.count > 1, let open = frames[frames.count - 1].tag,
      let openPosition = frames[frames.count - 1].position
    else {
      throw position.error("closing tag '\(tag.name)' has no open section to close")
    }
    guard open.name == tag.name else {
      throw position.error(
        "closing tag '\(tag.name)' does not match the open \(open.kind.sectionWord) "
          + "'\(open.name)' (line \(openPosition.line), column \(openPosition.column))")
    }
    let frame = frames.removeLast()
    switch open.kind {
    case .section, .inverted:
      let node = SectionNode(
        name: Name(open.name), inverted: open.kind == .inverted, body: frame.nodes,
        source: map.bytes, sourceRange: open.end..<tag.start, delimiters: open.delimiters,
        position: openPosition)
      append(.section(node))
    case .parent:
      let target = try resolve(open.name, true, openPosition)
      append(
        .parent(
          ParentNode(
            target: target, indentation: frame.indentation, blocks: frame.blocks,
            position: openPosition)))
    default:
      if frames[frames.count - 1].tag?.kind == .parent {
        frames[frames.count - 1].blocks[open.name] = frame.nodes
      } else {
        append(
          .block(
            BlockNode(
              name: open.name, body: frame.nodes, indentation: frame.indentation,
              position: openPosition)))
      }
    }
  }

  /// The whitespace that every non-blank line inside a standalone block starts with.
  private func commonIndentation(ofBlockAt index: Int) -> [UInt8] {
    guard let closing = closeIndex[index], case .tag(let openTag) = tokens[index],
      case .tag(let closeTag) = tokens[closing]
    else { return [] }
    var start = openTag.end
    if index + 1 < closing, case .text(let range) = tokens[index + 1] { start = range.lowerBound }
    var end = closeTag.start
    if closing - 1 > index, case .text(let range) = tokens[closing - 1] { end = range.upperBound }
    let bytes = map.bytes
    var common: [UInt8]?
    var lineStart = start
    while lineStart < end {
      var offset = lineStart
      while offset < end, bytes[offset].isLineSpace { offset += 1 }
      var lineEnd = offset
      while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      if offset < lineEnd, !(bytes[offset] == UInt8(ascii: "\r") && offset + 1 == lineEnd) {
        let leading = bytes[lineStart..<offset]
        if let known = common {
          common = Array(zip(known, leading).prefix(while: { $0.0 == $0.1 }).map(\.0))
        } else {
          common = Array(leading)
        }
      }
      lineStart = lineEnd + 1
    }
    return common ?? []
  }
}

extension TagKind {
  /// The word for an opening tag in messages.
  var sectionWord: String {
    switch self {
    case .inverted: return "inverted section"
    case .parent: return "parent tag"
    case .block: return "block"
    default: return "section"
    }
  }
}

extension Array where Element == UInt8 {
  /// This array without the part of `prefix` it starts with.
  func droppingPrefix(_ prefix: [UInt8]) -> [UInt8] {
    var matched = 0
    while matched < prefix.count, matched < count, self[matched] == prefix[matched] { matched += 1 }
    return matched == 0 ? self : Array(self[matched...])
  }
}
