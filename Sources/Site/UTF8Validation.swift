/// Checks UTF-8 well-formedness (Unicode's table of well-formed byte sequences: no overlong
/// forms, no surrogates, nothing above U+10FFFF) quickly on Russian text: ASCII is checked
/// eight bytes at a time and two-byte letters without a general decoding step.
enum UTF8Validation {
  /// Whether `bytes` are well-formed UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstInvalidOffset(in: bytes) == nil
  }

  /// The offset of the first byte that starts no well-formed sequence, or nil when all of
  /// `bytes` are well-formed UTF-8.
  static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 || holdsFourTwoByteLetters(word) {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
      } else if lead >= 0xC2 && lead <= 0xDF {
        guard index + 1 < count, isContinuation(base[index + 1]) else { return index }
        index += 2
      } else {
        guard let length = longSequenceLength(base, at: index, count: count) else { return index }
        index += length
      }
    }
    return nil
  }

  /// The length of the three- or four-byte sequence at `index`, or nil when it is not one.
  private static func longSequenceLength(
    _ base: UnsafePointer<UInt8>, at index: Int, count: Int
  ) -> Int? {
    let lead = base[index]
    let second: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0xE0: (second, length) = (0xA0...0xBF, 3)
    case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
    case 0xED: (second, length) = (0x80...0x9F, 3)
    case 0xF0: (second, length) = (0x90...0xBF, 4)
    case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
    case 0xF4: (second, length) = (0x80...0x8F, 4)
    default: return nil
    }
    guard index + length <= count, second.contains(base[index + 1]) else { return nil }
    for offset in 2..<length where !isContinuation(base[index + offset]) { return nil }
    return length
  }

  /// Whether the eight bytes of `word` (read little-endian) are four well-formed two-byte
  /// sequences (U+0080…U+07FF, which holds the Cyrillic letters): each lead `110xxxxx` but
  /// not C0 or C1, each second byte `10xxxxxx`.
  @inline(__always)
  private static func holdsFourTwoByteLetters(_ word: UInt64) -> Bool {
    guard word & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 else { return false }
    // A lead of C0 or C1 has its bits 1–4 clear: adding 0x7FFE to those bits of each lane
    // sets the lane's top bit exactly when one of them is set.
    let leadBits = word & 0x001E_001E_001E_001E
    return (leadBits &+ 0x7FFE_7FFE_7FFE_7FFE) & 0x8000_8000_8000_8000 == 0x8000_8000_8000_8000
  }

  private static func isContinuation(_ byte: UInt8) -> Bool {
    byte & 0xC0 == 0x80
  }
}
