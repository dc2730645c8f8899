import Text

/// Lines up a text node's literal with the source it came from, byte by byte.
///
/// cmark merges adjacent text, so a literal no longer shows which characters were written as
/// backslash escapes or entities (`\~`, `&quot;`): those must not act as delimiters. Smart
/// punctuation (`“`, `–`, `…`) is also undone here. Alignment fails (nil) when the two cannot
/// be matched, for instance when a named entity decodes to two characters.
struct LiteralAlignment {
  /// Per literal byte: whether it came from an escape or an entity.
  private(set) var isProtected: [Bool]
  /// Per literal byte: the offset of the source byte it came from.
  private(set) var sourceOffset: [Int]

  init?(literal: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>) {
    isProtected = [Bool](repeating: false, count: literal.count)
    sourceOffset = [Int](repeating: 0, count: literal.count)
    var sourceIndex = 0
    var literalIndex = 0
    while literalIndex < literal.count {
      guard sourceIndex < source.count else { return nil }
      let byte = source[sourceIndex]
      if byte == UInt8(ascii: "\\"), sourceIndex + 1 < source.count,
        ASCII.isPunctuation(source[sourceIndex + 1]),
        literal[literalIndex] == source[sourceIndex + 1]
      {
        mark(literalIndex..<literalIndex + 1, source: sourceIndex, protected: true)
        sourceIndex += 2
        literalIndex += 1
        continue
      }
      if byte == UInt8(ascii: "&"), let entity = Self.entity(in: source, at: sourceIndex),
        !Self.matches(literal, literalIndex, source, sourceIndex..<entity.end)
      {
        let length = entity.length ?? UTF8Text.scalar(in: literal, at: literalIndex).length
        guard literalIndex + length <= literal.count else { return nil }
        mark(literalIndex..<literalIndex + length, source: sourceIndex, protected: true)
        sourceIndex = entity.end
        literalIndex += length
        continue
      }
      if literal[literalIndex] == byte {
        mark(literalIndex..<literalIndex + 1, source: sourceIndex, protected: false)
        sourceIndex += 1
        literalIndex += 1
        continue
      }
      guard let step = Self.smartStep(literal, literalIndex, source, sourceIndex) else {
        return nil
      }
      mark(literalIndex..<literalIndex + step.literal, source: sourceIndex, protected: false)
      sourceIndex += step.source
      literalIndex += step.literal
    }
  }

  private mutating func mark(_ range: Range<Int>, source: Int, protected: Bool) {
    for index in range {
      isProtected[index] = protected
      sourceOffset[index] = source
    }
  }

  /// Whether `literal` at `index` repeats `source[range]` verbatim.
  private static func matches(
    _ literal: UnsafeBufferPointer<UInt8>, _ index: Int, _ source: UnsafeBufferPointer<UInt8>,
    _ range: Range<Int>
  ) -> Bool {
    guard index + range.count <= literal.count else { return false }
    var offset = 0
    for sourceIndex in range {
      if literal[index + offset] != source[sourceIndex] { return false }
      offset += 1
    }
    return true
  }

  /// An entity reference at `start` (`&name;`, `&#123;`, `&#x1F;`): where it ends and, for a
  /// numeric one, the UTF-8 length of what it decodes to.
  private static func entity(in source: UnsafeBufferPointer<UInt8>, at start: Int) -> (
    end: Int, length: Int?
  )? {
    var index = start + 1
    guard index < source.count else { return nil }
    if source[index] == UInt8(ascii: "#") {
      index += 1
      let hex = index < source.count && (source[index] | 0x20) == UInt8(ascii: "x")
      if hex { index += 1 }
      var value: UInt32 = 0
      var digits = 0
      while index < source.count, digits < (hex ? 6 : 7),
        let digit = hexValue(source[index], hex: hex)
      {
        value = value * (hex ? 16 : 10) + digit
        digits += 1
        index += 1
      }
      guard digits > 0, index < source.count, source[index] == UInt8(ascii: ";") else { return nil }
      let scalar = value == 0 ? nil : Unicode.Scalar(value)
      return (index + 1, scalar.map { UTF8.width($0) } ?? 3)
    }
    let nameStart = index
    while index < source.count, ASCII.isAlphanumeric(source[index]), index - nameStart < 32 {
      index += 1
    }
    guard index > nameStart, index < source.count, source[index] == UInt8(ascii: ";") else {
      return nil
    }
    return (index + 1, nil)
  }

  private static func hexValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
    guard hex else { return nil }
    let lower = byte | 0x20
    if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
    return nil
  }

  /// A smart-punctuation substitution at this point: how many bytes it takes on each side.
  private static func smartStep(
    _ literal: UnsafeBufferPointer<UInt8>, _ literalIndex: Int,
    _ source: UnsafeBufferPointer<UInt8>,
    _ sourceIndex: Int
  ) -> (literal: Int, source: Int)? {
    guard isPunctuationMark(literal, literalIndex) else { return nil }
    let mark = literal[literalIndex + 2]
    switch source[sourceIndex] {
    case UInt8(ascii: "\""): return mark == 0x9C || mark == 0x9D ? (3, 1) : nil
    case UInt8(ascii: "'"): return mark == 0x98 || mark == 0x99 ? (3, 1) : nil
    case UInt8(ascii: "."): return mark == 0xA6 ? (3, 3) : nil
    case UInt8(ascii: "-"):
      guard mark == 0x93 || mark == 0x94 else { return nil }
      var hyphens = 0
      while sourceIndex + hyphens < source.count
        && source[sourceIndex + hyphens] == UInt8(ascii: "-")
      {
        hyphens += 1
      }
      var dashes = 0
      while isPunctuationMark(literal, literalIndex + dashes),
        literal[literalIndex + dashes + 2] == 0x93 || literal[literalIndex + dashes + 2] == 0x94
      {
        dashes += 3
      }
      return (dashes, hyphens)
    default: return nil
    }
  }

  /// Whether a U+2000–U+203F character (`E2 80 xx`) starts at `index`.
  private static func isPunctuationMark(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
  }
}
