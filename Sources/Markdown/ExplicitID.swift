import CMark
import Text

/// A heading's id written by its author at the end of its line, `## Цели {#goals}` (the form
/// of Pandoc, kramdown and Hugo).
enum ExplicitID {
  /// Removes a trailing `{#id}` (and the spaces before it) from the heading's last text node
  /// and returns the id; nil when the heading ends otherwise.
  static func strip(from heading: Node) -> String? {
    var last = heading.firstChild
    while let next = last?.next { last = next }
    guard let node = last, node.type == CMARK_NODE_TEXT else { return nil }
    let bytes = Array(node.literal)
    guard let (id, start) = find(in: bytes) else { return nil }
    var end = start
    while end > 0 && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
    node.setLiteral(Array(bytes[..<end]))
    return id
  }

  /// The id of a `{#id}` ending `bytes` (trailing spaces allowed) and where the `{` is.
  static func find(in bytes: [UInt8]) -> (id: String, start: Int)? {
    var end = bytes.count
    while end > 0 && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
    guard end >= 4, bytes[end - 1] == UInt8(ascii: "}"),
      let open = bytes[..<end].lastIndex(of: UInt8(ascii: "{")), open + 2 < end - 1,
      bytes[open + 1] == UInt8(ascii: "#")
    else { return nil }
    let id = bytes[(open + 2)..<(end - 1)]
    guard
      id.allSatisfy({ byte in
        byte >= 0x80 || ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
      })
    else { return nil }
    return (String(decoding: id, as: UTF8.self), open)
  }
}
