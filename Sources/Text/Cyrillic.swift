/// Cyrillic letters (U+0400–U+052F: Russian, Kazakh and the rest of the block and its
/// supplement) on scalars and on UTF-8 bytes: classification, lower-casing exactly as
/// Unicode does, and the folding search uses (lower case, `ё` → `е`).
public enum Cyrillic {
  /// Whether `value` is in the Cyrillic blocks (U+0400–U+052F).
  @inlinable @inline(__always)
  public static func contains(_ value: UInt32) -> Bool { value &- 0x400 <= 0x12F }

  /// Whether `value` is a Cyrillic letter (the blocks without the signs U+0482–U+0489).
  @inlinable @inline(__always)
  public static func isLetter(_ value: UInt32) -> Bool {
    contains(value) && (value < 0x482 || value > 0x489)
  }

  /// The lower-case form of a scalar of the Cyrillic blocks (others unchanged), as Unicode's
  /// simple lower-case mapping gives it: Ё → ё, Қ → қ, Ә → ә, І → і, Ӏ → ӏ.
  @inlinable @inline(__always)
  public static func lowercase(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x400...0x40F: value + 0x50
    case 0x410...0x42F: value + 0x20
    case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F: value | 1
    case 0x4C0: 0x4CF
    case 0x4C1...0x4CE: value & 1 == 1 ? value + 1 : value
    default: value
    }
  }

  /// The search key form of a Cyrillic scalar: lower case, with `ё` as `е`.
  @inlinable @inline(__always)
  public static func folded(_ value: UInt32) -> UInt32 {
    let lower = lowercase(value)
    return lower == 0x451 ? 0x435 : lower
  }

  /// Whether the two bytes `lead second` encode a lower-case letter а–я (without `ё`).
  @inlinable @inline(__always)
  public static func isLowerBasicLetter(_ lead: UInt8, _ second: UInt8) -> Bool {
    (lead == 0xD0 && second & 0xF0 == 0xB0) || (lead == 0xD1 && second & 0xF0 == 0x80)
  }

  /// The bits a lane of a lower-case letter а–я keeps under `laneMask`: `D0 Bx` (а–п), or
  /// `D1 8x` (р–я) once `oddLead` flips it.
  @usableFromInline static let laneExpected: UInt64 = 0xB0D0_B0D0_B0D0_B0D0
  /// The bits of a lane that decide whether it is а–я: the lead and the second's top half.
  @usableFromInline static let laneMask: UInt64 = 0xF0FF_F0FF_F0FF_F0FF
  /// The lead's low bit, which picks `D1 8x` over `D0 Bx`, and how it changes the lane.
  @usableFromInline static let leadLowBits: UInt64 = 0x0001_0001_0001_0001
  @usableFromInline static let oddLeadFlip: UInt64 = 0x3001

  /// How many of the four 2-byte lanes of the 8 bytes at `bytes`, from the first, are
  /// lower-case letters а–я (`D0 B0`–`D1 8F`, without `ё`). A lane that differs from the
  /// expected pattern leaves a non-zero bit in `difference`.
  @inlinable @inline(__always)
  public static func lowerBasicLetterLanes(_ bytes: UnsafeRawPointer) -> Int {
    let value = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
    let expected = laneExpected ^ ((value & leadLowBits) &* oddLeadFlip)
    let difference = (value & laneMask) ^ expected
    return difference.trailingZeroBitCount >> 4
  }

  /// The 8 bytes at `bytes` (as stored) when they are four lower-case letters а–я.
  @inlinable @inline(__always)
  public static func fourLowerBasicLetters(_ bytes: UnsafeRawPointer) -> UInt64? {
    lowerBasicLetterLanes(bytes) == 4 ? bytes.loadUnaligned(as: UInt64.self) : nil
  }

  /// The 4 bytes at `bytes` (as stored) when they are two lower-case letters а–я.
  @inlinable @inline(__always)
  public static func twoLowerBasicLetters(_ bytes: UnsafeRawPointer) -> UInt32? {
    let value = UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self))
    let expected =
      UInt32(truncatingIfNeeded: laneExpected)
      ^ ((value & UInt32(truncatingIfNeeded: leadLowBits)) &* UInt32(oddLeadFlip))
    guard value & UInt32(truncatingIfNeeded: laneMask) == expected else { return nil }
    return value.littleEndian
  }
}
