import CMark

/// Walks a parsed page once its tables are in place: runs the inline passes on each leaf
/// block (paragraph, heading, table cell) and collects the outline, the links, the plain
/// text and the summary.
struct DocumentBuilder {
  /// The page's Markdown.
  let body: SourceText
  /// The text the fragments were parsed from, if any.
  let auxiliary: SourceText?
  /// The fragments (table cells and lines around tables).
  let fragments: [Fragment]
  /// The page options.
  let options: MarkdownOptions
  /// Whether the GFM passes run.
  let extensions: Bool
  /// Headings in order.
  private(set) var outline: [Heading] = []
  /// Links and images in order.
  private(set) var links: [LinkReference] = []
  /// The page's plain text.
  private(set) var plainText: [UInt8] = []
  /// The first paragraph's plain text.
  private(set) var summary: String?
  private var ids: HeadingIDs

  init(
    body: SourceText, auxiliary: SourceText?, fragments: [Fragment], options: MarkdownOptions,
    extensions: Bool
  ) {
    self.body = body
    self.auxiliary = auxiliary
    self.fragments = fragments
    self.options = options
    self.extensions = extensions
    ids = HeadingIDs(slugify: options.slugify)
  }

  /// Walks the tree under `root`.
  mutating func run(root: Node) {
    let iterator = cmark_iter_new(root.raw)
    defer { cmark_iter_free(iterator) }
    var origins: [(node: Node, fragment: Int)] = []
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard let node = Node(cmark_iter_get_node(iterator)) else { continue }
      let tag = node.tag
      if event == CMARK_EVENT_EXIT {
        if origins.last?.node == node { origins.removeLast() }
        if tag.kind == .tableRow { plainText.append(0x0A) }
        continue
      }
      let type = node.type
      // Leaf blocks (code, HTML, rules) have no exit event and no inlines: no origin needed.
      if tag.kind == .fragment && type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK
        && type != CMARK_NODE_THEMATIC_BREAK
      {
        origins.append((node, tag.index))
      }
      switch type {
      case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
        let fragment = origins.last.map { fragments[$0.fragment] }
        var source = InlineSource(
          block: node, source: fragment == nil ? body : auxiliary ?? body, fragment: fragment)
        if type == CMARK_NODE_PARAGRAPH {
          source.measureDefinitions(of: node, endLine: node.endLine)
        } else if node.endLine > node.startLine, let prefix = source.prefix,
          let underline = prefix.setextUnderline(after: node.startLine, limit: node.endLine + 1)
        {
          source.measureDefinitions(of: node, endLine: underline - 1)
        }
        leaf(node, source: source)
        cmark_iter_reset(iterator, node.raw, CMARK_EVENT_EXIT)
        if origins.last?.node == node { origins.removeLast() }
      case CMARK_NODE_CUSTOM_BLOCK where tag.kind == .headerCell || tag.kind == .dataCell:
        if tag.index > 0, let auxiliary {
          leaf(node, source: InlineSource(cell: fragments[tag.index - 1], auxiliary: auxiliary))
        }
        plainText.append(0x20)
        cmark_iter_reset(iterator, node.raw, CMARK_EVENT_EXIT)
      case CMARK_NODE_CODE_BLOCK:
        plainText += node.literal
        plainText.append(0x0A)
      default:
        break
      }
    }
    plainText = Array(PlainText.trimmed(plainText))
  }

  /// Runs the inline passes on a leaf block and records what it holds.
  private mutating func leaf(_ block: Node, source: InlineSource) {
    var pass = InlinePass(
      block: block, source: source, body: body, options: options, extensions: extensions)
    pass.run()
    collectLinks(in: block, pending: pass.pending)
    let start = plainText.count
    PlainText.append(block, to: &plainText)
    let type = block.type
    if type == CMARK_NODE_HEADING {
      let text = String(decoding: PlainText.trimmed(Array(plainText[start...])), as: UTF8.self)
      let id = ids.id(for: text)
      block.tag = NodeTag(.heading, index: outline.count)
      outline.append(Heading(level: block.headingLevel, text: text, id: id))
    } else if type == CMARK_NODE_PARAGRAPH && summary == nil {
      var text: [UInt8] = []
      PlainText.append(block, to: &text, skipImages: true)
      let trimmed = PlainText.trimmed(text)
      if !trimmed.isEmpty { summary = String(decoding: trimmed, as: UTF8.self) }
    }
    if type != CMARK_NODE_CUSTOM_BLOCK { plainText.append(0x0A) }
  }

  /// Gives the block's links and images their final references, in document order.
  private mutating func collectLinks(in block: Node, pending: [LinkReference]) {
    guard !pending.isEmpty else { return }
    let iterator = cmark_iter_new(block.raw)
    defer { cmark_iter_free(iterator) }
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard event == CMARK_EVENT_ENTER, let node = Node(cmark_iter_get_node(iterator)) else {
        continue
      }
      let tag = node.tag
      guard tag.kind == .pendingLink, tag.index < pending.count else { continue }
      var reference = pending[tag.index]
      var text: [UInt8] = []
      PlainText.append(node, to: &text)
      reference.text = String(decoding: PlainText.trimmed(text), as: UTF8.self)
      node.tag = NodeTag(.link, index: links.count)
      links.append(reference)
    }
  }
}
