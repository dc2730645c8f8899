import Text

/// Russian typography for the text of a leaf block: straight double quotes become «ёлочки»
/// (nested quotes „лапки“), and ` -- ` or ` --- ` becomes an em dash with a no-break space
/// before it. Code, autolinks and escaped characters are left alone.
enum RussianTypography {
  private static let outerOpen: [UInt8] = Array("«".utf8)
  private static let outerClose: [UInt8] = Array("»".utf8)
  private static let innerOpen: [UInt8] = Array("„".utf8)
  private static let innerClose: [UInt8] = Array("“".utf8)
  private static let spacedDash: [UInt8] = Array("\u{A0}—".utf8)
  private static let dash: [UInt8] = Array("—".utf8)

  /// Whether the text has a `"` or a `--`.
  static func mayApply(to bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "-") && previous == byte) {
        return true
      }
      previous = byte
    }
    return false
  }

  /// Adds the quote and dash edits to `items` (the text nodes of one block, in order).
  static func run(_ items: inout [TextItem]) {
    var quotes: [DelimiterRun] = []
    for index in items.indices where items[index].features.contains(.typography) {
      let item = items[index]
      var next = 0
      while let offset = ByteSearch.firstIndex(of: UInt8(ascii: "\""), in: item.bytes, from: next) {
        next = offset + 1
        guard !item.isProtected(offset), !item.isInLink(offset) else { continue }
        let before = InlineBoundary.scalar(before: offset, in: item.bytes, node: item.node)
        let after = InlineBoundary.scalar(after: offset + 1, in: item.bytes, node: item.node)
        let (left, right) = Delimiters.flanking(before: before, after: after)
        let canOpen = left && !right && before != "]" && before != ")"
        quotes.append(
          DelimiterRun(item: index, range: offset..<offset + 1, canOpen: canOpen, canClose: right))
      }
      addDashes(&items[index])
    }
    replaceQuotes(quotes, in: &items)
  }

  /// Gives each quote its glyph: pairs by nesting depth, lone ones by the side they face.
  private static func replaceQuotes(_ quotes: [DelimiterRun], in items: inout [TextItem]) {
    var partner = [Int?](repeating: nil, count: quotes.count)
    for (opener, closer) in Delimiters.quotePairs(quotes) {
      partner[opener] = closer
      partner[closer] = opener
    }
    var depth = 0
    for (index, quote) in quotes.enumerated() {
      let glyph: [UInt8]
      if let other = partner[index] {
        if other > index {
          glyph = depth == 0 ? outerOpen : innerOpen
          depth += 1
        } else {
          depth -= 1
          glyph = depth == 0 ? outerClose : innerClose
        }
      } else if quote.canClose {
        glyph = depth == 0 ? outerClose : innerClose
      } else if quote.canOpen {
        glyph = depth == 0 ? outerOpen : innerOpen
      } else {
        continue
      }
      items[quote.item].edits.append((quote.range, .replace(glyph)))
    }
  }

  /// ` -- ` and ` --- ` (also at a line's start, for dialogue) become dashes.
  private static func addDashes(_ item: inout TextItem) {
    let bytes = item.bytes
    var next = 0
    while let offset = ByteSearch.firstIndex(of: UInt8(ascii: "-"), in: bytes, from: next) {
      var end = offset
      while end < bytes.count && bytes[end] == UInt8(ascii: "-") { end += 1 }
      next = end
      let length = end - offset
      guard length == 2 || length == 3, !item.isProtected(offset), !item.isInLink(offset) else {
        continue
      }
      let spaceAfter =
        end < bytes.count ? bytes[end] == 0x20 : InlineBoundary.after(item.node) == "\n"
      guard spaceAfter else { continue }
      if offset > 0 && bytes[offset - 1] == 0x20 {
        item.edits.append(((offset - 1)..<end, .replace(spacedDash)))
      } else if offset == 0 && InlineBoundary.before(item.node) == "\n" {
        item.edits.append((offset..<end, .replace(dash)))
      }
    }
  }
}
