import CMark

extension Node {
  /// Whether this is a fenced code block whose info string's first word is `math`.
  var isMathBlock: Bool {
    guard type == CMARK_NODE_CODE_BLOCK, let info = cmark_node_get_fence_info(raw) else {
      return false
    }
    let word = String(cString: info).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
    return word == "math"
  }

  /// The literal as a string.
  var literalString: String { String(decoding: literal, as: UTF8.self) }
}
