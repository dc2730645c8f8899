/// Shapes of Markdown that Debian's libcmark 0.30.2 parses in quadratic time (fixed in
/// cmark 0.30.3, CVE-2023-22486): each link closed inside a paragraph walks back over every
/// bracket still open before it, so `![[]()` written 160,000 times takes 47 s. A build can't
/// stop the library half-way, so such a paragraph is found first, by a linear count of the
/// same walk, and refused with its place.
public enum SlowShapes {
  /// The most bracket steps cmark may take in one paragraph: a real page takes about one
  /// per link; this many cost it about a quarter of a second.
  static let stepLimit = 20_000_000

  /// Where the first paragraph is whose links would cost libcmark more than
  /// ``stepLimit`` steps, and a message for it; nil for any ordinary text.
  public static func find(_ bytes: [UInt8], firstLine: Int) -> MarkdownWarning? {
    var open = 0
    var steps = 0
    var line = firstLine
    var paragraphLine = firstLine
    var lineIsBlank = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x0A:
        if lineIsBlank {
          // A blank line ends the paragraph and its brackets.
          open = 0
          steps = 0
          paragraphLine = line + 1
        }
        line += 1
        lineIsBlank = true
        continue
      case UInt8(ascii: "\\"):
        index += 1
      case UInt8(ascii: "["):
        open += 1
      case UInt8(ascii: "]") where open > 0:
        open -= 1
        if index < bytes.count && bytes[index] == UInt8(ascii: "(") {
          steps += open
          if steps > stepLimit {
            return MarkdownWarning(
              line: paragraphLine, column: 1,
              message: "this paragraph has so many '[' or '![' left open before links that"
                + " the Markdown library would take minutes to read it (a fault of libcmark"
                + " 0.30.2): close the brackets, or write a '\\' before each '[' that is not a"
                + " link")
          }
        }
      default: break
      }
      if byte != 0x20 && byte != 0x09 && byte != 0x0D { lineIsBlank = false }
    }
    return nil
  }
}
