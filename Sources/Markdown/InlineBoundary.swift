import CMark
import Text

/// The character the source has just before or after a text node when the neighbour is not
/// text: the delimiter of the neighbouring span (`*`, `` ` ``, `[`, `)`), or a line break at
/// the edges of a block. Flanking rules look at these.
enum InlineBoundary {
  /// The character before `node`'s text.
  static func before(_ node: Node) -> Unicode.Scalar {
    if let previous = node.previous {
      switch previous.type {
      case CMARK_NODE_TEXT:
        let literal = previous.literal
        return literal.isEmpty ? "\n" : lastScalar(literal)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return "\n"
      case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return ")"
      case CMARK_NODE_CODE: return "`"
      case CMARK_NODE_HTML_INLINE: return ">"
      case CMARK_NODE_CUSTOM_INLINE: return "~"
      default: return "*"
      }
    }
    switch node.parent?.type {
    case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return "*"
    case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return "["
    case CMARK_NODE_CUSTOM_INLINE: return "~"
    default: return "\n"
    }
  }

  /// The character after `node`'s text.
  static func after(_ node: Node) -> Unicode.Scalar {
    if let next = node.next {
      switch next.type {
      case CMARK_NODE_TEXT:
        let literal = next.literal
        return literal.isEmpty ? "\n" : UTF8Text.scalar(in: literal, at: 0).scalar
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return "\n"
      case CMARK_NODE_LINK: return "["
      case CMARK_NODE_IMAGE: return "!"
      case CMARK_NODE_CODE: return "`"
      case CMARK_NODE_HTML_INLINE: return "<"
      case CMARK_NODE_CUSTOM_INLINE: return "~"
      default: return "*"
      }
    }
    switch node.parent?.type {
    case CMARK_NODE_EMPH, CMARK_NODE_STRONG: return "*"
    case CMARK_NODE_LINK, CMARK_NODE_IMAGE: return "]"
    case CMARK_NODE_CUSTOM_INLINE: return "~"
    default: return "\n"
    }
  }

  /// The character ending at `index` (or the boundary when `index` is 0).
  static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>, node: Node)
    -> Unicode.Scalar
  {
    guard index > 0 else { return before(node) }
    if bytes[index - 1] < 0x80 { return Unicode.Scalar(bytes[index - 1]) }
    return lastScalar(UnsafeBufferPointer(rebasing: bytes[..<index]))
  }

  /// The character starting at `index` (or the boundary when `index` is the end).
  static func scalar(after index: Int, in bytes: UnsafeBufferPointer<UInt8>, node: Node)
    -> Unicode.Scalar
  {
    guard index < bytes.count else { return after(node) }
    return UTF8Text.scalar(in: bytes, at: index).scalar
  }

  private static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
    var start = bytes.count - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 && bytes.count - start < 4 { start -= 1 }
    return UTF8Text.scalar(in: bytes, at: start).scalar
  }
}
