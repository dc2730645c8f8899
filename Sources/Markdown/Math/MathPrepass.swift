import CMark
import Foundation

/// Hides a page's formulas from cmark: each formula found by ``MathScanner`` in a paragraph
/// or heading (known from a first parse, so that code blocks and raw HTML are left alone) is
/// overwritten, byte for byte, with a placeholder that no Markdown rule touches; lines keep
/// their ends and container prefixes, so every position cmark reports stays true. The
/// renderers put the formula back where they meet the placeholder (``MathCursor``).
///
/// A placeholder is `0x02`, filler, `0x03`: filler is `0x01` for an ASCII byte and a private
/// character of the same length for any other character. A `*` between digits becomes
/// `0x04` and is written back as `*`.
struct MathPrepass {
  /// The placeholder bytes.
  static let open: UInt8 = 0x02
  static let close: UInt8 = 0x03
  static let filler: UInt8 = 0x01
  static let star: UInt8 = 0x04

  /// Replaces the control bytes the placeholders are made of (0x01–0x04), should the text
  /// itself hold them, with U+FFFD (as CommonMark does with NUL), so that no text is ever
  /// taken for a formula's placeholder.
  static func replacePlaceholderBytes(in bytes: inout [UInt8]) {
    guard bytes.contains(where: { $0 >= filler && $0 <= star }) else { return }
    var clean: [UInt8] = []
    clean.reserveCapacity(bytes.count + 8)
    for byte in bytes {
      if byte >= filler && byte <= star {
        clean.append(contentsOf: [0xEF, 0xBF, 0xBD])
      } else {
        clean.append(byte)
      }
    }
    bytes = clean
  }

  /// Whether `bytes` may hold a formula or a `*` between digits (a quick look).
  static func mayHoldMath(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      if memchr(base, Int32(UInt8(ascii: "$")), buffer.count) != nil { return true }
      for (mark, test) in [(UInt8(ascii: "\\"), 1), (UInt8(ascii: "*"), 2)] {
        var offset = 0
        while offset < buffer.count,
          let found = memchr(base + offset, Int32(mark), buffer.count - offset)
        {
          let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
          let next = index + 1 < buffer.count ? buffer[index + 1] : 0
          if test == 1 && (next == UInt8(ascii: "(") || next == UInt8(ascii: "[")) { return true }
          if test == 2 && index > 0 && (0x30...0x39).contains(buffer[index - 1])
            && (0x30...0x39).contains(next)
          {
            return true
          }
          offset = index + 1
        }
      }
      return false
    }
  }

  /// The formulas found, in order, converted.
  let formulas: [Formula]
  /// Where each formula starts: its body line and byte offset in that line.
  let starts: [(line: Int, offset: Int)]
  /// The bytes with placeholders; nil when nothing was found.
  let protected: [UInt8]?

  /// Scans the paragraphs and headings of `root`, parsed from `bytes`.
  init(bytes: [UInt8], root: Node) {
    let source = SourceText(bytes)
    var scanner = MathScanner(bytes: bytes)
    var walk = TreeWalk(root)
    while let (node, entering) = walk.next() {
      guard entering, node.type == CMARK_NODE_PARAGRAPH || node.type == CMARK_NODE_HEADING
      else { continue }
      walk.skipChildren(of: node)
      var first = node.startLine
      while first < node.endLine, Self.isDefinition(source.bytes[source.range(ofLine: first)]) {
        first += 1
      }
      let lower = source.range(ofLine: first).lowerBound
      let upper = source.range(ofLine: node.endLine).upperBound
      if lower < upper { scanner.scan(lower..<upper) }
    }
    guard !scanner.spans.isEmpty || !scanner.stars.isEmpty else {
      formulas = []
      starts = []
      protected = nil
      return
    }
    var changed = bytes
    for offset in scanner.stars { changed[offset] = Self.star }
    var formulas: [Formula] = []
    var starts: [(line: Int, offset: Int)] = []
    for span in scanner.spans {
      Self.hide(span, in: &changed)
      formulas.append(Formula(tex: Self.tex(bytes[span.content]), display: span.display))
      let line = Self.line(of: span.range.lowerBound, in: source)
      starts.append((line, span.range.lowerBound - source.range(ofLine: line).lowerBound))
    }
    self.formulas = formulas
    self.starts = starts
    protected = changed
  }

  /// Whether a line (container prefixes included) is a link reference definition.
  private static func isDefinition(_ line: ArraySlice<UInt8>) -> Bool {
    guard let bracket = line.firstIndex(where: { $0 != 0x20 && $0 != UInt8(ascii: ">") }),
      line[bracket] == UInt8(ascii: "["),
      let closing = line[bracket...].firstIndex(of: UInt8(ascii: "]"))
    else { return false }
    return closing + 1 < line.endIndex && line[closing + 1] == UInt8(ascii: ":")
  }

  private static func line(of offset: Int, in source: SourceText) -> Int {
    var low = 0
    var high = source.lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if source.lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// Overwrites one formula with its placeholder.
  private static func hide(_ span: MathScanner.Span, in bytes: inout [UInt8]) {
    var index = span.range.lowerBound
    var lineStart = false
    while index < span.range.upperBound {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lineStart = true
        index += 1
        continue
      }
      if lineStart && (byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">")) {
        index += 1
        continue
      }
      lineStart = false
      let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      let replacement: [UInt8] =
        switch length {
        case 1: [filler]
        case 2: [0xC2, 0x80]
        case 3: [0xEE, 0x80, 0x80]
        default: [0xF3, 0xB0, 0x80, 0x80]
        }
      for (step, value) in replacement.enumerated() where index + step < span.range.upperBound {
        bytes[index + step] = value
      }
      index += length
    }
    bytes[span.range.lowerBound] = open
    bytes[span.range.upperBound - 1] = close
  }

  /// The TeX between the delimiters, container prefixes taken off its later lines.
  private static func tex(_ content: ArraySlice<UInt8>) -> String {
    let text = String(decoding: content, as: UTF8.self)
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard lines.count > 1 else { return text.trimmingCharacters(in: .whitespaces) }
    let kept =
      [String(lines[0])]
      + lines.dropFirst().map { line in
        String(line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" }))
      }
    return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// Walks the literals of a protected page in document order and tells text from formulas.
struct MathCursor {
  /// The index of the next formula.
  private(set) var next = 0
  /// Whether the walk is inside a formula's placeholder (its line breaks are not text).
  private(set) var inside = false
  private static let starByte: [UInt8] = [UInt8(ascii: "*")]

  /// Whether `literal` holds any placeholder byte.
  static func isProtected(_ literal: UnsafeBufferPointer<UInt8>) -> Bool {
    literal.contains { $0 >= MathPrepass.filler && $0 <= MathPrepass.star }
  }

  /// Calls `text` for each run of text (a `*` between digits given back) and `formula`
  /// with each formula's index where its placeholder starts.
  mutating func walk(
    _ literal: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void,
    formula: (Int) -> Void
  ) {
    var runStart = 0
    for (index, byte) in literal.enumerated() {
      if inside {
        if byte == MathPrepass.close {
          inside = false
          runStart = index + 1
        }
        continue
      }
      guard byte == MathPrepass.open || byte == MathPrepass.star else { continue }
      if index > runStart { text(UnsafeBufferPointer(rebasing: literal[runStart..<index])) }
      runStart = index + 1
      if byte == MathPrepass.star {
        Self.starByte.withUnsafeBufferPointer { text($0) }
      } else {
        formula(next)
        next += 1
        inside = true
      }
    }
    if !inside && runStart < literal.count {
      text(UnsafeBufferPointer(rebasing: literal[runStart...]))
    }
  }
}
