import Text

/// Byte order mark and line break clean-up shared by the splitter and the parser.
enum LineBreaks {
  /// The UTF-8 bytes of `text` without a leading byte order mark and with CRLF and lone CR
  /// turned into LF.
  static func normalizedBytes(of text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    normalize(&bytes)
    return bytes
  }

  /// Removes a leading byte order mark and turns CRLF and lone CR into LF, in place.
  static func normalize(_ bytes: inout [UInt8]) {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      bytes.removeFirst(3)
    }
    guard let firstReturn = bytes.firstIndex(of: ASCII.carriageReturn) else { return }
    var write = firstReturn
    var read = firstReturn
    while read < bytes.count {
      let byte = bytes[read]
      if byte == ASCII.carriageReturn {
        bytes[write] = ASCII.lineFeed
        if read + 1 < bytes.count, bytes[read + 1] == ASCII.lineFeed { read += 1 }
      } else {
        bytes[write] = byte
      }
      write += 1
      read += 1
    }
    bytes.removeLast(bytes.count - write)
  }
}
