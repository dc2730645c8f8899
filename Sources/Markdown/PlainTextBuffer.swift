import Foundation

/// The page's plain text as it is collected, then as one string from which heading and link
/// texts are cut without decoding their bytes again.
struct PlainTextBuffer {
  /// The bytes collected so far.
  private(set) var bytes: [UInt8] = []
  /// The finished text (white space trimmed at both ends), once ``finish()`` ran.
  private(set) var text = ""
  /// How many bytes were trimmed from the front of `bytes`.
  private var leading = 0
  /// Whether `text` holds exactly the trimmed bytes (nothing was repaired by decoding).
  private var exact = false

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
    while lower < upper && isASCIISpace(bytes[lower]) { lower += 1 }
    while upper > lower && isASCIISpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// Makes `text` from all the bytes, trimmed.
  mutating func finish() {
    let range = trimmed(0, bytes.count)
    leading = range.lowerBound
    text = bytes.withUnsafeBufferPointer { all in
      String(decoding: UnsafeBufferPointer(rebasing: all[range]), as: UTF8.self)
    }
    exact =
      text.utf8.count == range.count
      && text.utf8.withContiguousStorageIfAvailable { decoded in
        bytes.withUnsafeBufferPointer { all in
          range.isEmpty
            || memcmp(decoded.baseAddress!, all.baseAddress! + leading, range.count) == 0
        }
      } == true
  }

  /// The bytes of `range` (already trimmed) as a string; after ``finish()``.
  func string(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    if exact {
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound - leading)
      let upper = utf8.index(lower, offsetBy: range.count)
      if let cut = String(utf8[lower..<upper]) { return cut }
    }
    return bytes.withUnsafeBufferPointer { all in
      String(decoding: UnsafeBufferPointer(rebasing: all[range]), as: UTF8.self)
    }
  }
}
