/// Which table cells need no second cmark parse: a cell whose text holds nothing that starts
/// inline syntax is parsed by cmark into one text node holding the text unchanged, so no node
/// is needed at all: the cell stays empty and its text is read from the body when the plain
/// text and the HTML are written.
///
/// Our inline passes need the source positions of the text nodes they change, and a node made
/// by hand has none; so a cell in which any of them may act (``TextItem/Features``) is not
/// plain either.
struct PlainCell {
  /// Whether the page is parsed with cmark's smart punctuation (`"`, `'`, `--`, `...`).
  let smart: Bool
  /// Whether Russian typography applies (``MarkdownOptions/usesRussianTypography``).
  let russian: Bool

  /// Whether cmark would parse the cell text `bytes` (non-empty, trimmed, its `\|` not yet
  /// unescaped) as one text node holding exactly `bytes`, in which no inline pass acts.
  func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return false }
    for byte in bytes where byte < 0x80 && Self.startsSyntax(byte, smart: smart) {
      return false
    }
    return TextItem.Features.scan(bytes, russian: russian).isEmpty
  }

  /// Whether cmark's inline parser treats the ASCII `byte` specially: its special characters
  /// (`!`, `&`, `*`, `<`, `[`, `\`, `]`, `_`, `` ` ``), the smart punctuation ones when
  /// `smart`, and, to be safe, every control character (line endings, tabs, NUL).
  @inline(__always)
  static func startsSyntax(_ byte: UInt8, smart: Bool) -> Bool {
    switch byte {
    case 0x00..<0x20, UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "<"),
      UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "_"),
      UInt8(ascii: "`"):
      return true
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."):
      return smart
    default:
      return false
    }
  }
}
