import CMark

/// Corrects cmark's inline positions after a backslash line break (`\` at a line's end):
/// cmark does not count the new line and goes on counting columns from the line before.
/// Fed the inline nodes of a block in order, it knows how far off the current node is.
struct BreakCorrection {
  /// Lines to add to cmark's line.
  private(set) var lines = 0
  /// Bytes to take from cmark's column.
  private(set) var columns = 0
  /// The last line (cmark's count plus `lines`) that held text.
  private(set) var lastLine = 0
  private var afterBreak = false
  private var afterHardBreak = false

  /// Takes the next inline node (enter events, document order) into account.
  mutating func visit(_ node: Node, source: InlineSource) {
    switch node.type {
    case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK:
      afterBreak = true
      afterHardBreak = node.type == CMARK_NODE_LINEBREAK
      return
    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
      break
    default:
      return
    }
    guard node.startLine > 0 else { return }
    let reported = node.startLine + lines
    if afterBreak {
      if afterHardBreak && reported <= lastLine {
        columns += source.contentLength(line: lastLine + source.lineShift) + 1
        lines += 1
      } else if reported > lastLine {
        columns = 0
      }
      afterBreak = false
    }
    lastLine = max(lastLine, node.endLine + lines)
  }
}
