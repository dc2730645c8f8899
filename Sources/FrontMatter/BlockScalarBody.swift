import Text

/// Joins the lines of a block scalar: literal keeps every line break; folded turns the break
/// between two ordinary lines into a space, keeps the breaks of empty lines, and keeps the
/// breaks around more-indented lines (YAML 1.2, section 8.1.3).
struct BlockScalarBody {
  let literal: Bool
  private var output: [UInt8] = []
  /// The last content line ended with a line break not yet written.
  private var pendingBreak = false
  /// The last content line was more indented (started with a blank).
  private var lastLineIndented = false
  /// Empty lines since the last content line.
  private var emptyLines = 0

  init(literal: Bool) {
    self.literal = literal
  }

  mutating func addEmptyLine() {
    emptyLines += 1
  }

  /// Adds a content line (without its indentation and line break).
  mutating func addLine(_ content: ArraySlice<UInt8>, endsWithBreak: Bool) {
    let indented = content.first.map(ASCII.isBlank) ?? false
    if pendingBreak {
      if literal || lastLineIndented || indented {
        output.append(ASCII.lineFeed)
      } else if emptyLines == 0 {
        output.append(ASCII.space)
      }
    }
    output.append(contentsOf: repeatElement(ASCII.lineFeed, count: emptyLines))
    output.append(contentsOf: content)
    emptyLines = 0
    lastLineIndented = indented
    pendingBreak = endsWithBreak
  }

  /// The text, with the last line break when `keepingLastBreak` (clip and keep) and the
  /// trailing empty lines when `keepingEmptyLines` (keep).
  func finish(keepingLastBreak: Bool, keepingEmptyLines: Bool) -> String {
    var text = output
    if keepingLastBreak && pendingBreak { text.append(ASCII.lineFeed) }
    if keepingEmptyLines {
      text.append(contentsOf: repeatElement(ASCII.lineFeed, count: emptyLines))
    }
    return String(decoding: text, as: UTF8.self)
  }
}
