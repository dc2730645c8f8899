import Foundation

/// Finding a few ASCII bytes in text quickly: with `memchr`, or eight bytes at a time read as
/// one word.
///
/// A word's flags have the high bit of each byte that matters set. Words are read little-end
/// first, so the lowest flag belongs to the earliest byte.
public enum ByteSearch {
  /// `0x01` in every byte.
  @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
  /// `0x80` in every byte.
  @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `bytes`, the first in the lowest bits (the caller checks
  /// that they exist).
  @inlinable @inline(__always)
  public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
  }

  /// Whether some byte of `word` equals `byte` (exact: the borrow only spreads upwards from
  /// a byte that is zero).
  @inlinable @inline(__always)
  public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
    equalFlags(word, byte) != 0
  }

  /// Flags the bytes of `word` equal to `byte`. Only the lowest flag is sure to be exact (a
  /// borrow may flag a byte above a match, never one below), so the flags are nonzero exactly
  /// when some byte matches, and the lowest is the first match; the same holds for the
  /// union of several searches.
  @inlinable @inline(__always)
  public static func equalFlags(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highBits
  }

  /// Flags the bytes of `word` that lie in `low...high`, exactly (`low` at least 1, `high`
  /// at most 0x7E: ASCII only). A cheap first test before ``equalFlags(_:_:)``.
  @inlinable @inline(__always)
  public static func rangeFlags(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
    // Per byte: seven bits plus at most 0x7F stays below 0x100, so no carry crosses bytes.
    let seven = word & ~highBits
    let atLeastLow = seven &+ ones &* UInt64(0x80 - low)
    let aboveHigh = seven &+ ones &* UInt64(0x7F - high)
    return ~word & atLeastLow & ~aboveHigh & highBits
  }

  /// The offset in its word of the byte with the lowest flag (`flags` nonzero).
  @inlinable @inline(__always)
  public static func firstFlagged(_ flags: UInt64) -> Int { flags.trailingZeroBitCount >> 3 }

  /// The number of bytes of `bytes` that start a UTF-8 sequence (not `10xxxxxx`): its
  /// Unicode scalars when it is valid UTF-8 cut at scalar boundaries.
  public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = load(bytes, at: index)
      // Bit 0 of each byte: its bit 7 clear or its bit 6 set.
      count += ((~word >> 7 | word >> 6) & ones).nonzeroBitCount
      index += 8
    }
    while index < bytes.count {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// The offset of the first `byte` in `bytes` at or after `offset`, or nil.
  @inlinable @inline(__always)
  public static func firstIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int
  ) -> Int? {
    guard offset < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + offset, Int32(byte), bytes.count - offset)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }
}
