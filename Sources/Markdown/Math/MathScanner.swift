/// Finds the formulas in the text of one block (a paragraph or a heading, whose lines hold
/// no blank line) before cmark reads it, so that emphasis, escapes and typography never
/// touch them.
///
/// The rules (Pandoc's, plus one for prices):
/// - `$$…$$` and `\[…\]` are display formulas; `$…$` and `\(…\)` are inline ones.
/// - An opening `$` has a non-space character right after it and is not right after a digit
///   (`5$` is a price); a closing `$` has a non-space character right before it and no digit
///   right after it (`$5 и $7` stays text). `\$` is a dollar sign, never a delimiter.
/// - An opening `$` is not followed by `,`, `.`, `;`, `:`, `!`, `?` or `)`, and a `$…$`
///   formula holds no backtick (a code span wins).
/// - Nothing is looked for inside code spans, `<…>` tags and autolinks, or link destinations.
/// - `*` between two digits (`2*2*2 = 8`) is multiplication, not emphasis.
struct MathScanner {
  /// One formula: the bytes from its opening to its closing delimiter and its TeX.
  struct Span: Equatable {
    /// The bytes of the formula with its delimiters.
    let range: Range<Int>
    /// The bytes between the delimiters.
    let content: Range<Int>
    /// Whether it is a display formula.
    let display: Bool
  }

  let bytes: [UInt8]
  /// The formulas found, in order.
  private(set) var spans: [Span] = []
  /// The offsets of `*` written between digits.
  private(set) var stars: [Int] = []

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// Scans `range` (the lines of one block).
  mutating func scan(_ range: Range<Int>) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "`"): index = skipCode(index, end)
      case UInt8(ascii: "\\"): index = backslash(index, end)
      case UInt8(ascii: "$"): index = dollar(index, end)
      case UInt8(ascii: "<"): index = skipTag(index, end)
      case UInt8(ascii: "]") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "("):
        index = skipDestination(index + 1, end)
      case UInt8(ascii: "*"): index = star(index, end)
      default: index += 1
      }
    }
  }

  private func isDigit(_ offset: Int) -> Bool {
    offset >= 0 && offset < bytes.count && bytes[offset] >= 0x30 && bytes[offset] <= 0x39
  }

  /// What can't follow an opening `$` (`100 $, а …`).
  private static let punctuation: [UInt8] = Array(",.;:!?)".utf8)

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// A code span is skipped whole; an unmatched backtick run is text.
  private func skipCode(_ start: Int, _ end: Int) -> Int {
    var run = start
    while run < end && bytes[run] == UInt8(ascii: "`") { run += 1 }
    let length = run - start
    var index = run
    while index < end {
      guard bytes[index] == UInt8(ascii: "`") else {
        index += 1
        continue
      }
      var close = index
      while close < end && bytes[close] == UInt8(ascii: "`") { close += 1 }
      if close - index == length { return close }
      index = close
    }
    return run
  }

  private mutating func backslash(_ start: Int, _ end: Int) -> Int {
    guard start + 1 < end else { return end }
    let next = bytes[start + 1]
    guard next == UInt8(ascii: "(") || next == UInt8(ascii: "[") else {
      return start + 2
    }
    let close = next == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
    var index = start + 2
    while index + 1 < end {
      if bytes[index] == UInt8(ascii: "\\") {
        if bytes[index + 1] == close {
          add(
            start..<(index + 2), content: (start + 2)..<index, display: close == UInt8(ascii: "]"))
          return index + 2
        }
        index += 2
      } else {
        index += 1
      }
    }
    return start + 2
  }

  private mutating func dollar(_ start: Int, _ end: Int) -> Int {
    if start + 1 < end && bytes[start + 1] == UInt8(ascii: "$") {
      var index = start + 2
      while index + 1 < end {
        if bytes[index] == UInt8(ascii: "\\") {
          index += 2
        } else if bytes[index] == UInt8(ascii: "$") && bytes[index + 1] == UInt8(ascii: "$") {
          add(start..<(index + 2), content: (start + 2)..<index, display: true)
          return index + 2
        } else {
          index += 1
        }
      }
      return start + 2
    }
    guard start + 1 < end, !isSpace(bytes[start + 1]), !isDigit(start - 1),
      !Self.punctuation.contains(bytes[start + 1])
    else {
      return start + 1
    }
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "`") { return start + 1 }
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == UInt8(ascii: "$") {
        if !isSpace(bytes[index - 1]) && !(index + 1 < end && isDigit(index + 1)) {
          add(start..<(index + 1), content: (start + 1)..<index, display: false)
          return index + 1
        }
        return index
      }
      index += 1
    }
    return start + 1
  }

  private mutating func add(_ range: Range<Int>, content: Range<Int>, display: Bool) {
    let inner = bytes[content]
    guard inner.contains(where: { !isSpace($0) }) else { return }
    spans.append(Span(range: range, content: content, display: display))
  }

  /// A tag, a comment or an autolink (`<` then a letter, `/`, `!` or `?`) up to its `>`.
  private func skipTag(_ start: Int, _ end: Int) -> Int {
    guard start + 1 < end else { return end }
    let next = bytes[start + 1] | 0x20
    guard
      (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || next == UInt8(ascii: "/")
        || bytes[start + 1] == UInt8(ascii: "!") || bytes[start + 1] == UInt8(ascii: "?")
    else { return start + 1 }
    var index = start + 1
    while index < end && bytes[index] != UInt8(ascii: ">") && bytes[index] != 0x0A { index += 1 }
    return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : start + 1
  }

  /// A link's `(destination "title")`, with nested parentheses.
  private func skipDestination(_ open: Int, _ end: Int) -> Int {
    var depth = 0
    var index = open
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 1
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return index + 1 }
      case 0x0A: return open + 1
      default: break
      }
      index += 1
    }
    return open + 1
  }

  private mutating func star(_ start: Int, _ end: Int) -> Int {
    var run = start
    while run < end && bytes[run] == UInt8(ascii: "*") { run += 1 }
    if isDigit(start - 1) && run < end && isDigit(run) { stars.append(contentsOf: start..<run) }
    return run
  }
}
