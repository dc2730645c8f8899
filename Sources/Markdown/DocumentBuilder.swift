import CMark
import Foundation

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
  /// The page's inline formulas, in order (``MathPrepass``).
  var formulas: [Formula] = []
  /// The ```` ```math ```` blocks in order, with their first lines.
  private(set) var blockFormulas: [(formula: Formula, line: Int)] = []
  private var cursor = MathCursor()
  /// Headings in order.
  private(set) var outline: [Heading] = []
  /// Links and images in order.
  private(set) var links: [LinkReference] = []
  private var ids: HeadingIDs
  /// The warnings about blocks and the video embeds.
  private(set) var checks: BlockChecks
  /// Each heading's id written as `{#id}`, by heading index.
  private var writtenIDs: [Int: (id: String, node: Node)] = [:]
  /// Paragraphs that hold only a link, with the link's index: embeds if it is a video.
  private var loneLinks: [(paragraph: Node, link: Int)] = []
  /// Each heading's text as written, before typography (for the repository host's anchors).
  private var writtenTexts: [String] = []
  /// Whether Russian typography applies (``MarkdownOptions/usesRussianTypography``).
  private let russian: Bool
  /// The plain text, collected in one walk with the heading and link texts.
  private var text: PlainTextBuffer
  /// Each heading's level and the range of its text in `text`.
  private var headings: [(level: Int, range: Range<Int>)] = []
  /// The range in `text` of each link's text, by index in `links`.
  private var linkTexts: [Range<Int>] = []
  /// Where the first paragraph's text lies in `text`, once found; its bytes when it holds
  /// an image (left out of the summary).
  private var summarySource: (range: Range<Int>, withoutImages: [UInt8]?)?

  /// The page's plain text as UTF-8 (after ``run(root:)``).
  var plainTextUTF8: [UInt8] { text.textBytes }

  /// The first paragraph's plain text (images left out) as UTF-8, empty when there is none:
  /// a slice of `plainText` (the value of ``plainTextUTF8``) unless an image was left out, so
  /// that no string is made before one is asked for.
  func summaryUTF8(in plainText: [UInt8]) -> ArraySlice<UInt8> {
    guard let (range, withoutImages) = summarySource else { return [] }
    if let withoutImages { return withoutImages[...] }
    let start = text.keptStart
    return plainText[(range.lowerBound - start)..<(range.upperBound - start)]
  }

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
    checks = BlockChecks(body: body, firstLine: options.firstLine, rawHTML: options.rawHTML)
    russian = options.usesRussianTypography
    // The plain text is about as long as the Markdown.
    text = PlainTextBuffer(capacity: body.bytes.count)
  }

  /// Walks the tree under `root`.
  mutating func run(root: Node) {
    let documentEnd = root.endLine
    var walk = TreeWalk(root)
    var origins: [(node: Node, fragment: Int)] = []
    while let (node, entering) = walk.next() {
      let tag = node.tag
      if !entering {
        if origins.last?.node == node { origins.removeLast() }
        if tag.kind == .tableRow { text.append(0x0A) }
        continue
      }
      let type = node.type
      // Leaf blocks (code, HTML, rules) have no exit event and no inlines: no origin needed.
      if tag.kind == .fragment && type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK
        && type != CMARK_NODE_THEMATIC_BREAK
      {
        origins.append((node, tag.index))
      }
      if origins.isEmpty && tag.kind != .fragment {
        switch type {
        case CMARK_NODE_HTML_BLOCK where extensions: checks.htmlBlock(node)
        case CMARK_NODE_PARAGRAPH: checks.paragraph(node)
        case CMARK_NODE_CODE_BLOCK: checks.codeBlock(node, documentEnd: documentEnd)
        default: break
        }
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
        walk.skipChildren(of: node)
        if origins.last?.node == node { origins.removeLast() }
      case CMARK_NODE_CUSTOM_BLOCK where tag.kind == .headerCell || tag.kind == .dataCell:
        if tag.index > 0 {
          if let range = fragments[tag.index - 1].plainText {
            // A plain cell has no nodes: its text is the body's, as cmark would have kept it.
            body.bytes.withUnsafeBufferPointer {
              text.append(UnsafeBufferPointer(rebasing: $0[range]))
            }
          } else if let auxiliary {
            leaf(node, source: InlineSource(cell: fragments[tag.index - 1], auxiliary: auxiliary))
          }
        }
        text.append(0x20)
        walk.skipChildren(of: node)
      case CMARK_NODE_CODE_BLOCK:
        if extensions && node.isMathBlock {
          let formula = Formula(
            tex: node.literalString.trimmingCharacters(in: .whitespacesAndNewlines), display: true)
          blockFormulas.append((formula, node.startLine))
          Array(formula.plainText.utf8).withUnsafeBufferPointer { text.append($0) }
        } else {
          text.append(node.literal)
        }
        text.append(0x0A)
      default:
        break
      }
    }
    finish()
  }

  /// Makes the strings: the heading (with ids) and link texts, cut from the plain text.
  private mutating func finish() {
    text.finish()
    for (index, range) in linkTexts.enumerated() { links[index].text = text.string(range) }
    for (paragraph, link) in loneLinks {
      let reference = links[link]
      _ = checks.embed(VideoEmbed.from(reference.destination, title: reference.text), at: paragraph)
    }
    outline.reserveCapacity(headings.count)
    ids.reserveCapacity(headings.count)
    var duplicates: Set<Int> = []
    for index in writtenIDs.keys.sorted() {
      guard let (id, node) = writtenIDs[index], !ids.reserve(id) else { continue }
      duplicates.insert(index)
      checks.warn(
        line: node.startLine, byteColumn: node.startColumn, WarningText.duplicateID(id))
    }
    for (index, heading) in headings.enumerated() {
      let title = text.string(heading.range)
      let written = duplicates.contains(index) ? nil : writtenIDs[index]?.id
      outline.append(
        Heading(level: heading.level, text: title, id: written ?? ids.id(for: title)))
    }
    HostAnchors.addAliases(to: &outline, writtenTexts: writtenTexts)
  }

  /// Runs the inline passes on a leaf block and records what it holds.
  private mutating func leaf(_ block: Node, source: consuming InlineSource) {
    let type = block.type
    if type == CMARK_NODE_HEADING && extensions {
      writtenTexts.append(HostAnchors.writtenText(of: block))
    }
    var pass = InlinePass(
      block: block, source: source, body: body, firstLine: options.firstLine,
      extensions: extensions, russian: russian)
    pass.collectsRawHTML = options.rawHTML == .drop
    pass.run()
    checks.anchors += pass.anchors
    if let dropped = pass.droppedHTML {
      var warning = MarkdownWarning(
        line: dropped.line, column: dropped.column,
        message: WarningText.rawHTMLDropped(dropped.names))
      warning.isRawHTML = true
      checks.add(warning)
    }
    if type == CMARK_NODE_HEADING && extensions, let id = ExplicitID.strip(from: block) {
      writtenIDs[headings.count] = (id, block)
    }
    let start = text.count
    let wantsSummary = type == CMARK_NODE_PARAGRAPH && summarySource == nil
    let skippedImage = collectText(of: block, pending: pass.pending, summary: wantsSummary)
    let range = text.trimmed(start, text.count)
    if type == CMARK_NODE_HEADING {
      block.tag = NodeTag(.heading, index: headings.count)
      headings.append((block.headingLevel, range))
    } else if wantsSummary {
      if let skippedImage {
        let withoutImages = PlainText.trimmed(skippedImage)
        if !withoutImages.isEmpty { summarySource = (range, Array(withoutImages)) }
      } else if !range.isEmpty {
        summarySource = (range, nil)
      }
    }
    if type != CMARK_NODE_CUSTOM_BLOCK { text.append(0x0A) }
    if type == CMARK_NODE_PARAGRAPH && extensions { videoLink(block) }
  }

  /// Notes a paragraph that is nothing but a link: an embed if it links to a video.
  private mutating func videoLink(_ paragraph: Node) {
    guard paragraph.tag.kind == .none, let link = paragraph.firstChild, link.next == nil,
      link.type == CMARK_NODE_LINK, link.tag.kind == .link, link.tag.index < links.count
    else { return }
    loneLinks.append((paragraph, link.tag.index))
  }

  /// Appends the block's plain text and gives its links and images their final references
  /// (in document order) with the range of their text. With `summary`, returns the block's
  /// text without images when it has an image, else nil.
  private mutating func collectText(of block: Node, pending: [LinkReference], summary: Bool)
    -> [UInt8]?
  {
    var walk = TreeWalk(block)
    var open: [(node: Node, index: Int, start: Int)] = []
    var imageDepth = 0
    var withoutImages: [UInt8]?
    let start = text.count
    while let (node, entering) = walk.next() {
      let type = node.type
      if !entering {
        if type == CMARK_NODE_IMAGE { imageDepth -= 1 }
        if let last = open.last, last.node == node {
          open.removeLast()
          linkTexts[last.index] = text.trimmed(last.start, text.count)
        }
        continue
      }
      switch type {
      case CMARK_NODE_TEXT where !formulas.isEmpty || MathCursor.isProtected(node.literal):
        appendProtected(node.literal, images: imageDepth, withoutImages: &withoutImages)
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        let literal = node.literal
        text.append(literal)
        if imageDepth == 0 { withoutImages?.append(contentsOf: literal) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        if cursor.inside { break }
        text.append(0x20)
        if imageDepth == 0 { withoutImages?.append(0x20) }
      case CMARK_NODE_IMAGE:
        if summary && withoutImages == nil && imageDepth == 0 {
          withoutImages = Array(text.bytes[start...])
        }
        imageDepth += 1
      default:
        break
      }
      let tag = node.tag
      if !pending.isEmpty && tag.kind == .pendingLink && tag.index < pending.count {
        node.tag = NodeTag(.link, index: links.count)
        open.append((node, links.count, text.count))
        links.append(pending[tag.index])
        linkTexts.append(0..<0)
      }
    }
    return withoutImages
  }

  /// Appends a literal that may hold formula placeholders: each formula as its plain text.
  private mutating func appendProtected(
    _ literal: UnsafeBufferPointer<UInt8>, images: Int, withoutImages: inout [UInt8]?
  ) {
    var pieces: [[UInt8]] = []
    cursor.walk(literal) {
      pieces.append(Array($0))
    } formula: { index in
      let plain = index < formulas.count ? formulas[index].plainText : ""
      pieces.append(Array(" \(plain) ".utf8))
    }
    for piece in pieces {
      piece.withUnsafeBufferPointer { text.append($0) }
      if images == 0 { withoutImages?.append(contentsOf: piece) }
    }
  }
}
