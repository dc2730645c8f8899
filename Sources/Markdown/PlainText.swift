import CMark

/// The plain text of inline content: text and code as written, line breaks as spaces, raw
/// HTML left out.
enum PlainText {
  /// Appends the text of `node`'s descendants to `output`; images contribute their
  /// description unless `skipImages`.
  static func append(_ node: Node, to output: inout [UInt8], skipImages: Bool = false) {
    let iterator = cmark_iter_new(node.raw)
    defer { cmark_iter_free(iterator) }
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard event == CMARK_EVENT_ENTER, let current = Node(cmark_iter_get_node(iterator)) else {
        continue
      }
      switch current.type {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        output += current.literal
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        output.append(0x20)
      case CMARK_NODE_IMAGE where skipImages:
        cmark_iter_reset(iterator, current.raw, CMARK_EVENT_EXIT)
      default:
        break
      }
    }
  }

  /// The text of `node`'s descendants as a string.
  static func string(_ node: Node, skipImages: Bool = false) -> String {
    var bytes: [UInt8] = []
    append(node, to: &bytes, skipImages: skipImages)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `bytes` without white space at either end.
  static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    var lower = 0
    var upper = bytes.count
    while lower < upper && isASCIISpace(bytes[lower]) { lower += 1 }
    while upper > lower && isASCIISpace(bytes[upper - 1]) { upper -= 1 }
    return bytes[lower..<upper]
  }
}
