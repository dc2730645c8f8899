import CMark
import Text

/// Writes a page's tree as HTML in cmark's format, with our additions: heading ids, tables,
/// `<del>` and the raw-HTML policy. Link destinations are left as holes, filled when the
/// page is rendered with the caller's resolver.
struct HTMLRenderer {
  /// What to do with raw HTML.
  let rawHTML: RawHTMLPolicy
  /// The headings (for ids).
  let outline: [Heading]
  /// The number of links and images (tags beyond it are ignored).
  let linkCount: Int
  /// Whether tables are written for a web page (see ``MarkdownOptions/webPage``).
  var webPage = false
  /// The page's Markdown, which holds the text of plain table cells.
  var body: SourceText?
  /// The table fragments, by a cell's tag index minus one (plain cells have no nodes).
  var fragments: [Fragment] = []
  /// The page's inline formulas, in order, put back where their placeholders are.
  var formulas: [Formula] = []
  /// The ```` ```math ```` blocks' formulas, in order.
  var blockFormulas: [Formula] = []
  /// The video embeds, by a node's `.videoEmbed` tag index.
  var embeds: [VideoEmbed] = []

  /// The HTML of the tree under `root`, with a hole for each link's destination.
  func render(_ root: Node, capacity: Int) -> RenderedHTML {
    var output = HTMLOutput(capacity: capacity)
    let iterator = cmark_iter_new(root.raw)
    defer { cmark_iter_free(iterator) }
    var image: Node?
    var math = MathCursor()
    var images = 0
    var mathBlocks = 0
    var imageHole: Int?
    var linkHoles: [Int?] = []
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard let node = Node(cmark_iter_get_node(iterator)) else { continue }
      let entering = event == CMARK_EVENT_ENTER
      if let current = image {
        if node == current && !entering {
          image = nil
          let start = output.count
          closeImage(node, &output, lazy: webPage && images > 0)
          images += 1
          if let imageHole { output.close(imageHole, from: start) }
        } else if entering {
          imageText(node, &output, math: &math)
        }
        continue
      }
      if entering, !embeds.isEmpty, node.tag.kind == .videoEmbed, node.tag.index < embeds.count {
        // An embed replaces the paragraph or HTML block whole.
        embeds[node.tag.index].write(&output)
        cmark_iter_reset(iterator, node.raw, CMARK_EVENT_EXIT)
        continue
      }
      switch node.type {
      case CMARK_NODE_TEXT where !formulas.isEmpty || MathCursor.isProtected(node.literal):
        math.walk(node.literal) {
          output.text($0)
        } formula: {
          output.raw(formulas[$0].html.utf8)
        }
      case CMARK_NODE_TEXT: output.text(node.literal)
      case CMARK_NODE_SOFTBREAK: if !math.inside { output.raw("\n") }
      case CMARK_NODE_LINEBREAK: if !math.inside { output.raw("<br />\n") }
      case CMARK_NODE_CODE_BLOCK where node.isMathBlock && mathBlocks < blockFormulas.count:
        output.newline()
        output.raw("<p class=\"math-block\">")
        output.raw(blockFormulas[mathBlocks].html.utf8)
        output.raw("</p>\n")
        mathBlocks += 1
      case CMARK_NODE_CODE:
        output.raw("<code>")
        output.text(node.literal)
        output.raw("</code>")
      case CMARK_NODE_EMPH: output.raw(entering ? "<em>" : "</em>")
      case CMARK_NODE_STRONG: output.raw(entering ? "<strong>" : "</strong>")
      case CMARK_NODE_LINK: link(node, entering: entering, holes: &linkHoles, &output)
      case CMARK_NODE_IMAGE:
        let start = output.count
        output.raw("<img src=\"")
        imageHole = destination(node, openingStart: start, &output)
        output.raw("\" alt=\"")
        if let imageHole { output.endOpening(imageHole) }
        image = node
      case CMARK_NODE_HTML_INLINE: rawHTML(node.literal, block: false, &output)
      case CMARK_NODE_CUSTOM_INLINE:
        if node.tag.kind == .strikethrough { output.raw(entering ? "<del>" : "</del>") }
      case CMARK_NODE_PARAGRAPH: paragraph(node, entering: entering, &output)
      case CMARK_NODE_HEADING: heading(node, entering: entering, &output)
      case CMARK_NODE_CUSTOM_BLOCK:
        let tag = node.tag
        TableHTML.write(tag, entering: entering, webPage: webPage, &output)
        if entering { plainCell(tag, &output) }
      default: block(node, entering: entering, &output)
      }
    }
    return RenderedHTML(bytes: output.bytes, holes: output.holes, rawHTML: rawHTML)
  }

  /// Writes a plain cell's text (from the body: the cell has no text node).
  private func plainCell(_ tag: NodeTag, _ output: inout HTMLOutput) {
    guard tag.kind == .headerCell || tag.kind == .dataCell, tag.index > 0,
      tag.index <= fragments.count, let range = fragments[tag.index - 1].plainText, let body
    else { return }
    body.bytes.withUnsafeBufferPointer { output.text(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  private func block(_ node: Node, entering: Bool, _ output: inout HTMLOutput) {
    switch node.type {
    case CMARK_NODE_BLOCK_QUOTE:
      output.newline()
      output.raw(entering ? "<blockquote>\n" : "</blockquote>\n")
    case CMARK_NODE_LIST:
      let ordered = cmark_node_get_list_type(node.raw) == CMARK_ORDERED_LIST
      if !entering {
        output.raw(ordered ? "</ol>\n" : "</ul>\n")
        return
      }
      output.newline()
      let start = cmark_node_get_list_start(node.raw)
      if !ordered {
        output.raw("<ul>\n")
      } else if start == 1 {
        output.raw("<ol>\n")
      } else {
        output.raw("<ol start=\"")
        output.raw(String(start).utf8)
        output.raw("\">\n")
      }
    case CMARK_NODE_ITEM:
      if entering {
        output.newline()
        output.raw("<li>")
      } else {
        output.raw("</li>\n")
      }
    case CMARK_NODE_CODE_BLOCK:
      output.newline()
      let info = cmark_node_get_fence_info(node.raw).map { String(cString: $0) } ?? ""
      let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first
      output.raw(webPage ? "<pre tabindex=\"0\">" : "<pre>")
      if let language {
        output.raw("<code class=\"language-")
        output.text(String(language))
        output.raw("\">")
      } else {
        output.raw("<code>")
      }
      output.text(node.literal)
      output.raw("</code></pre>\n")
    case CMARK_NODE_HTML_BLOCK:
      rawHTML(node.literal, block: true, &output)
    case CMARK_NODE_THEMATIC_BREAK:
      output.newline()
      output.raw("<hr />\n")
    default:
      break
    }
  }

  private func paragraph(_ node: Node, entering: Bool, _ output: inout HTMLOutput) {
    if Self.inTightList(node) { return }
    let figure = webPage ? Self.figureImage(in: node) : nil
    if entering {
      output.newline()
      output.raw(figure == nil ? "<p>" : "<figure>")
    } else if let title = figure?.title {
      output.raw("<figcaption>")
      output.text(title)
      output.raw("</figcaption></figure>\n")
    } else {
      output.raw("</p>\n")
    }
  }

  /// Whether `paragraph` is in a tight list item (written without `<p>`).
  private static func inTightList(_ paragraph: Node) -> Bool {
    guard let list = paragraph.parent?.parent, list.type == CMARK_NODE_LIST else { return false }
    return cmark_node_get_list_tight(list.raw) != 0
  }

  /// The image of a paragraph that holds only an image with a title: on a web page the
  /// paragraph is written as a `<figure>`, the title as its caption.
  private static func figureImage(in paragraph: Node) -> Node? {
    guard paragraph.type == CMARK_NODE_PARAGRAPH, !inTightList(paragraph),
      let image = paragraph.firstChild, image.type == CMARK_NODE_IMAGE, image.next == nil,
      let title = image.title, !title.isEmpty
    else { return nil }
    return image
  }

  private func heading(_ node: Node, entering: Bool, _ output: inout HTMLOutput) {
    let level = UInt8(clamping: 0x30 + min(max(node.headingLevel, 1), 6))
    if entering {
      output.newline()
      output.raw("<h")
      output.raw(byte: level)
      let tag = node.tag
      if tag.kind == .heading && tag.index < outline.count {
        output.raw(" id=\"")
        output.text(outline[tag.index].id)
        output.raw("\"")
      }
      output.raw(">")
      if tag.kind == .heading && tag.index < outline.count {
        for alias in outline[tag.index].aliases {
          output.raw("<span id=\"")
          output.text(alias)
          output.raw("\"></span>")
        }
      }
    } else {
      output.raw("</h")
      output.raw(byte: level)
      output.raw(">\n")
    }
  }

  /// Writes a link's opening or closing tag; `holes` holds the hole of each open link.
  private func link(
    _ node: Node, entering: Bool, holes: inout [Int?], _ output: inout HTMLOutput
  ) {
    let start = output.count
    guard entering else {
      output.raw("</a>")
      if let hole = holes.popLast() ?? nil { output.close(hole, from: start) }
      return
    }
    output.raw("<a href=\"")
    let hole = destination(node, openingStart: start, &output)
    if let title = node.title {
      output.raw("\" title=\"")
      output.text(title)
    }
    output.raw("\">")
    if let hole { output.endOpening(hole) }
    holes.append(hole)
  }

  /// Closes an image (its title is a caption when it stands alone as a figure); on a web page
  /// every image after the first loads when it comes near the screen (slow school links).
  private func closeImage(_ node: Node, _ output: inout HTMLOutput, lazy: Bool) {
    let captioned = webPage && node.parent.flatMap(Self.figureImage) != nil
    if let title = node.title, !captioned {
      output.raw("\" title=\"")
      output.text(title)
    }
    output.raw(lazy ? "\" loading=\"lazy\" decoding=\"async\" />" : "\" />")
  }

  /// Inside an image's `alt`: only the text of its descendants.
  private func imageText(_ node: Node, _ output: inout HTMLOutput, math: inout MathCursor) {
    switch node.type {
    case CMARK_NODE_TEXT where !formulas.isEmpty:
      math.walk(node.literal) {
        output.text($0)
      } formula: {
        output.text(formulas[$0].tex)
      }
    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: output.text(node.literal)
    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: if !math.inside { output.raw(" ") }
    default: break
    }
  }

  /// A hole for a collected link's destination (its reference holds the written one), whose
  /// opening markup starts at `openingStart`; other destinations are written now (nil).
  private func destination(_ node: Node, openingStart: Int, _ output: inout HTMLOutput) -> Int? {
    let tag = node.tag
    if tag.kind == .link && tag.index < linkCount {
      return output.hole(link: tag.index, openingStart: openingStart)
    }
    output.url(RenderedHTML.checked(node.url, rawHTML: rawHTML))
    return nil
  }

  private func rawHTML(
    _ literal: UnsafeBufferPointer<UInt8>, block: Bool, _ output: inout HTMLOutput
  ) {
    switch rawHTML {
    case .drop:
      // The anchors it sets are kept, so that links to them still lead somewhere.
      for anchor in RawHTMLTags.anchorsAndContent(in: literal).anchors {
        output.raw("<span id=\"")
        output.text(anchor)
        output.raw("\"></span>")
      }
    case .allow:
      if block { output.newline() }
      output.raw(literal)
      if block { output.newline() }
    case .escape:
      guard block else {
        output.text(literal)
        return
      }
      var end = literal.count
      while end > 0 && ASCII.isSpace(literal[end - 1]) { end -= 1 }
      output.newline()
      output.raw("<p>")
      output.text(UnsafeBufferPointer(rebasing: literal[..<end]))
      output.raw("</p>\n")
    }
  }
}
