/// Checks UTF-8 well-formedness quickly on Russian text: eight bytes at a time while they
/// hold only ASCII and two-byte letters, one sequence at a time elsewhere (by the same table
/// of well-formed sequences as `UTF8Text.decode`).
extension UTF8Text {
  /// Whether `bytes` are well-formed UTF-8.
  public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstInvalidOffset(in: bytes) == nil
  }

  /// The offset of the first byte that starts no well-formed sequence, or nil when all of
  /// `bytes` are well-formed UTF-8.
  public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
        let checked = wellFormedShortPrefix(of: word)
        if checked > 0 {
          index += checked
          continue
        }
      }
      guard base[index] >= 0x80 else {
        index += 1
        continue
      }
      guard let length = sequenceLength(base, at: index, count: count) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed multi-byte sequence at `index`, or nil when none is there.
  private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int)
    -> Int?
  {
    guard let (length, second) = sequenceShape(base[index]),
      index + length <= count, second.contains(base[index + 1])
    else { return nil }
    for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// How many of the eight bytes of `word` (read little-endian) are whole well-formed one-
  /// and two-byte sequences (ASCII, and U+0080…U+07FF, which holds the Cyrillic letters): 8,
  /// or 7 when the last byte leads a sequence the next word ends; 0 when anything else is
  /// there (a longer sequence, a stray continuation byte, an overlong C0 or C1 lead).
  @inline(__always)
  private static func wellFormedShortPrefix(of word: UInt64) -> Int {
    let high: UInt64 = 0x8080_8080_8080_8080
    let bit7 = word & high
    let bit6 = (word << 1) & high
    let bit5 = (word << 2) & high
    guard bit7 & bit6 & bit5 == 0 else { return 0 }
    let lead = bit7 & bit6
    let continuation = bit7 & ~bit6
    guard lead << 8 == continuation else { return 0 }
    // A lead of C0 or C1 has its bits 1–4 clear: adding 0x7F to those bits of each byte sets
    // the byte's top bit exactly when one of them is set.
    let someOfBits1To4 = ((word & 0x1E1E_1E1E_1E1E_1E1E) &+ 0x7F7F_7F7F_7F7F_7F7F) & high
    guard lead & ~someOfBits1To4 == 0 else { return 0 }
    return lead & 0x8000_0000_0000_0000 == 0 ? 8 : 7
  }
}
