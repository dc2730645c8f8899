import Foundation
import Text

/// The page's plain text as it is collected, then trimmed; heading and link texts are cut
/// from its bytes.
struct PlainTextBuffer {
  /// The bytes collected so far.
  private(set) var bytes: [UInt8] = []
  /// The bytes without white space at either end, once ``finish()`` ran.
  private var kept = 0..<0

  /// An empty buffer with room for `capacity` bytes.
  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// Appends `literal`.
  mutating func append(_ literal: UnsafeBufferPointer<UInt8>) { bytes += literal }

  /// Appends one byte.
  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  /// The current length in bytes.
  var count: Int { bytes.count }

  /// `start..<end` without white space at either end.
  func trimmed(_ start: Int, _ end: Int) -> Range<Int> {
    var lower = start
    var upper = end
    while lower < upper && ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower && ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// Marks the end of collecting: the text is all the bytes, trimmed.
  mutating func finish() {
    kept = trimmed(0, bytes.count)
  }

  /// Where the trimmed text starts in ``bytes``; after ``finish()``.
  var keptStart: Int { kept.lowerBound }

  /// The whole text's UTF-8 bytes, trimmed; after ``finish()``.
  var textBytes: [UInt8] { Array(bytes[kept]) }

  /// The bytes of `range` (already trimmed) as a string.
  func string(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return bytes.withUnsafeBufferPointer { all in
      String(decoding: UnsafeBufferPointer(rebasing: all[range]), as: UTF8.self)
    }
  }
}
