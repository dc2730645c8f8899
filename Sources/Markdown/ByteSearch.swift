import Foundation

/// Finding a few ASCII bytes in text quickly: with `memchr`, or eight bytes at a time read as
/// one word.
enum ByteSearch {
  /// `0x01` in every byte.
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  /// `0x80` in every byte.
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `bytes` (the caller checks that they exist).
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
  }

  /// Whether some byte of `word` equals `byte` (exact: the borrow only spreads upwards from
  /// a byte that is zero).
  @inline(__always)
  static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highBits != 0
  }

  /// The offset of the first `byte` in `bytes` at or after `offset`, or nil.
  @inline(__always)
  static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int)
    -> Int?
  {
    guard offset < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + offset, Int32(byte), bytes.count - offset)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }
}
