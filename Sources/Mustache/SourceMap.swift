/// Turns byte offsets of a template's UTF-8 source into lines and columns.
struct SourceMap: Sendable {
  /// File name for messages.
  let file: String
  /// The source.
  let bytes: [UInt8]
  /// Offsets where lines start (the first is 0).
  private let lineStarts: [Int]

  /// Indexes the lines of `bytes`.
  init(file: String, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// The position of the byte at `offset`.
  func position(_ offset: Int) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    let end = min(offset, bytes.count)
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourcePosition(file: file, line: low + 1, column: column)
  }

  /// An error at `offset`.
  func error(at offset: Int, _ message: String) -> TemplateError {
    position(offset).error(message)
  }
}

/// Positions of increasing offsets, found in one pass over the source (a tag-heavy line of
/// minified HTML costs no more than its length).
struct SourceCursor {
  /// The source.
  let map: SourceMap
  private var offset = 0
  private var line = 1
  private var column = 1

  /// A cursor at the start of `map`'s source.
  init(map: SourceMap) {
    self.map = map
  }

  /// The position of `target`; offsets before the previous one are looked up afresh.
  mutating func position(_ target: Int) -> SourcePosition {
    guard target >= offset else { return map.position(target) }
    let bytes = map.bytes
    let end = min(target, bytes.count)
    while offset < end {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      offset += 1
    }
    return SourcePosition(file: map.file, line: line, column: column)
  }
}
