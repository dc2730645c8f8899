import CMark
import Text

/// The warnings about blocks: raw HTML left out, a paragraph that was meant as a code
/// block, a code block that is never closed or is cut short; and the pasted `<iframe>`s of
/// known video hosts, which become embeds.
struct BlockChecks {
  /// The page's Markdown.
  let body: SourceText
  /// The line of the file on which the body starts.
  let firstLine: Int
  /// What happens to raw HTML.
  let rawHTML: RawHTMLPolicy
  /// The warnings, in document order.
  private(set) var warnings: [MarkdownWarning] = []
  /// The embeds found, by a node's `.videoEmbed` tag index.
  private(set) var embeds: [VideoEmbed] = []
  /// The anchors raw HTML sets (`id="…"`, `<a name="…">`): links may point at them.
  var anchors: [String] = []

  init(body: SourceText, firstLine: Int, rawHTML: RawHTMLPolicy) {
    self.body = body
    self.firstLine = firstLine
    self.rawHTML = rawHTML
  }

  /// Adds a warning at a position of the body (cmark's line and byte column).
  mutating func warn(line: Int, byteColumn: Int, _ message: String) {
    let column = body.scalarColumn(line: line, byteOffset: byteColumn - 1)
    warnings.append(MarkdownWarning(line: line + firstLine - 1, column: column, message: message))
  }

  /// Adds a warning made elsewhere (its position is already a file position).
  mutating func add(_ warning: MarkdownWarning) { warnings.append(warning) }

  /// Records an embed for `node` (tagging it) and returns true, or false when `embed` is nil.
  mutating func embed(_ embed: VideoEmbed?, at node: Node) -> Bool {
    guard let embed else { return false }
    node.tag = NodeTag(.videoEmbed, index: embeds.count)
    embeds.append(embed)
    return true
  }

  /// An HTML block of the body: an `<iframe>` of a known video host becomes an embed; other
  /// HTML, when it is dropped, is reported with its tag names.
  mutating func htmlBlock(_ node: Node) {
    let literal = node.literal
    let names = RawHTMLTags.openingNames(in: literal)
    if names.first == "iframe", let source = RawHTMLTags.attribute("src", in: literal) {
      let title = RawHTMLTags.attribute("title", in: literal) ?? ""
      if embed(VideoEmbed.from(source, title: title), at: node) { return }
    }
    let (found, content) = RawHTMLTags.anchorsAndContent(in: literal)
    anchors += found
    // Closing tags, comments and bare anchors lose nothing when dropped.
    guard rawHTML == .drop, !content.isEmpty else { return }
    warn(line: node.startLine, byteColumn: node.startColumn, WarningText.rawHTMLDropped(content))
    warnings[warnings.count - 1].isRawHTML = true
  }

  /// A paragraph of the body whose first line is a run of backticks with a backtick after
  /// it: a code fence that Markdown does not accept.
  mutating func paragraph(_ node: Node) {
    let range = body.range(ofLine: node.startLine)
    let start = range.lowerBound + node.startColumn - 1
    guard start < range.upperBound, let run = fenceRun(from: start, in: range),
      run.mark == UInt8(ascii: "`"), run.length >= 3
    else { return }
    // A closing run of the same length makes the line an inline code span, as meant.
    var index = run.end
    var closed = false
    while index < range.upperBound {
      var end = index
      while end < range.upperBound && body.bytes[end] == run.mark { end += 1 }
      if end > index {
        if end - index == run.length { closed = true }
        index = end
      } else {
        index += 1
      }
    }
    let hasBacktick = body.bytes[run.end..<range.upperBound].contains(run.mark)
    guard hasBacktick && !closed else { return }
    warn(line: node.startLine, byteColumn: node.startColumn, WarningText.fenceLikeParagraph)
  }

  /// A fenced code block of the body without its closing line: it runs to the end of the
  /// file, or was cut short where the list item or quote holding it ends.
  mutating func codeBlock(_ node: Node, documentEnd: Int) {
    let open = body.range(ofLine: node.startLine)
    let start = open.lowerBound + node.startColumn - 1
    guard start < open.upperBound, let run = fenceRun(from: start, in: open), run.length >= 3
    else { return }
    let fence = String(repeating: run.mark == UInt8(ascii: "`") ? "`" : "~", count: run.length)
    if node.endLine > node.startLine,
      isClosingFence(line: node.endLine, mark: run.mark, length: run.length)
    {
      return
    }
    if node.endLine >= documentEnd {
      warn(
        line: node.startLine, byteColumn: node.startColumn,
        WarningText.unclosedCodeBlock(fence: fence))
    } else {
      // cmark ends the block on the line that closed its container; its text says more.
      let lastLine = node.startLine + node.literal.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      warn(
        line: node.startLine, byteColumn: node.startColumn,
        WarningText.cutCodeBlock(fence: fence, line: lastLine + firstLine - 1))
    }
  }

  /// The run of `` ` `` or `~` starting at `start`: its byte, length and end.
  private func fenceRun(from start: Int, in range: Range<Int>) -> (
    mark: UInt8, length: Int, end: Int
  )? {
    let mark = body.bytes[start]
    guard mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return nil }
    var end = start
    while end < range.upperBound && body.bytes[end] == mark { end += 1 }
    return (mark, end - start, end)
  }

  /// Whether line `line` is, after container marks and indentation, a closing fence.
  private func isClosingFence(line: Int, mark: UInt8, length: Int) -> Bool {
    let range = body.range(ofLine: line)
    var index = range.lowerBound
    while index < range.upperBound
      && (ASCII.isSpace(body.bytes[index]) || body.bytes[index] == UInt8(ascii: ">"))
    {
      index += 1
    }
    var end = index
    while end < range.upperBound && body.bytes[end] == mark { end += 1 }
    guard end - index >= length else { return false }
    return body.bytes[end..<range.upperBound].allSatisfy(ASCII.isSpace)
  }
}
