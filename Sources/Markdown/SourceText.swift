import Foundation
import Text

/// Markdown source as UTF-8 bytes with an index of its lines, numbered from 1 as cmark numbers
/// them (a line ends at `\n`, `\r\n` or `\r`).
///
/// A class, so that the many values holding a page's source share one reference to it
/// instead of copying three arrays' references each time.
final class SourceText: Sendable {
  /// The bytes.
  let bytes: [UInt8]
  /// The offset of each line's first byte; line `n` starts at `lineStarts[n - 1]`.
  let lineStarts: [Int]
  /// The offset just past each line's last content byte (before its line ending).
  let lineEnds: [Int]
  /// For each line longer than a block: the scalars before each block of the line, so that a
  /// column costs at most one block however long the line (100,000 links on one line made
  /// every column count from the line start: 60 s).
  private let blockColumns: [Int: [Int]]
  /// Bytes per block of `blockColumns`.
  static let columnBlock = 1024

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int] = [0]
    var ends: [Int] = []
    starts.reserveCapacity(bytes.count / 40 + 2)
    ends.reserveCapacity(bytes.count / 40 + 2)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) != nil else {
        Self.indexNewlines(buffer, starts: &starts, ends: &ends)
        return
      }
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte <= 0x0D && (byte == 0x0A || byte == 0x0D) {
          ends.append(index)
          if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
          starts.append(index + 1)
        }
        index += 1
      }
      ends.append(count)
    }
    lineStarts = starts
    lineEnds = ends
    blockColumns = Self.countBlocks(bytes, starts: starts, ends: ends)
  }

  /// The scalars before each block of every long line.
  private static func countBlocks(_ bytes: [UInt8], starts: [Int], ends: [Int]) -> [Int: [Int]] {
    var table: [Int: [Int]] = [:]
    bytes.withUnsafeBufferPointer { buffer in
      for line in ends.indices where ends[line] - starts[line] > columnBlock {
        var counts: [Int] = [0]
        var start = starts[line]
        while start + columnBlock < ends[line] {
          let block = UnsafeBufferPointer(rebasing: buffer[start..<start + columnBlock])
          counts.append(counts[counts.count - 1] + ByteSearch.scalarCount(block))
          start += columnBlock
        }
        table[line + 1] = counts
      }
    }
    return table
  }

  /// Indexes lines that end only at `\n` (no `\r` in `buffer`), finding each with `memchr`.
  private static func indexNewlines(
    _ buffer: UnsafeBufferPointer<UInt8>, starts: inout [Int], ends: inout [Int]
  ) {
    guard let base = buffer.baseAddress else {
      ends.append(0)
      return
    }
    var offset = 0
    while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
      let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      ends.append(index)
      starts.append(index + 1)
      offset = index + 1
    }
    ends.append(buffer.count)
  }

  /// The number of lines (a final line ending does not start an empty last line for cmark,
  /// but it is harmless here).
  var lineCount: Int { lineEnds.count }

  /// The byte range of line `line` without its ending; empty for a line out of range.
  func range(ofLine line: Int) -> Range<Int> {
    guard line >= 1 && line <= lineEnds.count else { return 0..<0 }
    return lineStarts[line - 1]..<lineEnds[line - 1]
  }

  /// The 1-based column, in Unicode scalars, of byte `offset` of line `line`.
  func scalarColumn(line: Int, byteOffset offset: Int) -> Int {
    let range = range(ofLine: line)
    let end = min(range.lowerBound + max(offset, 0), range.upperBound)
    var start = range.lowerBound
    var before = 0
    if let counts = blockColumns[line] {
      let block = min((end - start) / Self.columnBlock, counts.count - 1)
      before = counts[block]
      start += block * Self.columnBlock
    }
    return bytes.withUnsafeBufferPointer {
      1 + before + ByteSearch.scalarCount(UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
  }

  /// Whether the bytes (a line without container prefixes) are a setext heading underline:
  /// up to three spaces, a run of `=` or `-`, trailing spaces.
  func isSetextUnderline(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    var spaces = 0
    while index < range.upperBound && bytes[index] == 0x20 && spaces < 3 {
      index += 1
      spaces += 1
    }
    guard index < range.upperBound else { return false }
    let mark = bytes[index]
    guard mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { return false }
    while index < range.upperBound && bytes[index] == mark { index += 1 }
    while index < range.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
    return index == range.upperBound
  }
}
