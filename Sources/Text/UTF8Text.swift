/// UTF-8: validating, decoding and encoding, with one policy for ill-formed input.
///
/// The policy is the one the Unicode standard recommends (chapter 3, "U+FFFD Substitution
/// of Maximal Subparts") and Swift's own `String(decoding:as:)` follows: each maximal
/// subpart of an ill-formed sequence (the longest start of a well-formed sequence, or else
/// one byte) decodes as one U+FFFD. So `E0 80 80` is three U+FFFD (`80` cannot follow `E0`),
/// a surrogate `ED A0 80` three, an overlong `C0 AF` two, and `E2 82` cut off by the end one.
/// Encoding writes surrogates and values past U+10FFFF as U+FFFD.
public enum UTF8Text {
  /// The replacement character, U+FFFD.
  public static let replacement: UInt32 = 0xFFFD

  /// The scalar value starting at `index` of `text` and how many bytes it takes (U+FFFD and
  /// the length of the maximal subpart for ill-formed bytes).
  @inlinable @inline(__always)
  public static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = text[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead >= 0xC2, lead < 0xE0, index + 1 < text.count, text[index + 1] & 0xC0 == 0x80 {
      return (UInt32(lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), 2)
    }
    return decodeLong(text, at: index)
  }

  /// The scalar starting at `index` of `text` and its length in bytes (see `decode`).
  @inlinable
  public static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    scalar: Unicode.Scalar, length: Int
  ) {
    let (value, length) = decode(text, at: index)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// `decode` for sequences other than ASCII and well-formed two-byte ones.
  @usableFromInline
  static func decodeLong(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = text[index]
    guard let (length, second) = sequenceShape(lead) else { return (replacement, 1) }
    var next = index + 1
    guard next < text.count, second.contains(text[next]) else { return (replacement, 1) }
    var value = UInt32(lead & (0x7F >> length)) << 6 | UInt32(text[next] & 0x3F)
    next += 1
    while next < index + length {
      guard next < text.count, text[next] & 0xC0 == 0x80 else {
        return (replacement, next - index)
      }
      value = value << 6 | UInt32(text[next] & 0x3F)
      next += 1
    }
    return (value, length)
  }

  /// The length of the well-formed sequences that `lead` starts and the bytes allowed
  /// second (Unicode's table of well-formed byte sequences), or nil when `lead` starts none.
  @inline(__always)
  static func sequenceShape(_ lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
    switch lead {
    case 0xC2...0xDF: (2, 0x80...0xBF)
    case 0xE0: (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
    case 0xED: (3, 0x80...0x9F)
    case 0xF0: (4, 0x90...0xBF)
    case 0xF1...0xF3: (4, 0x80...0xBF)
    case 0xF4: (4, 0x80...0x8F)
    default: nil
    }
  }

  /// The scalar values of `text`, decoded by the policy above.
  public static func scalarValues(of text: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var scalars: [UInt32] = []
    scalars.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      let (value, length) = decode(text, at: index)
      scalars.append(value)
      index += length
    }
    return scalars
  }

  /// Writes the UTF-8 of `value` at `out` (room for 4 bytes); returns how many bytes it took.
  @inlinable @inline(__always)
  public static func encode(_ value: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
    var value = value
    if (value >= 0xD800 && value < 0xE000) || value > 0x10FFFF { value = replacement }
    if value < 0x80 {
      out[0] = UInt8(value)
      return 1
    }
    if value < 0x800 {
      out[0] = UInt8(0xC0 | (value >> 6))
      out[1] = UInt8(0x80 | (value & 0x3F))
      return 2
    }
    if value < 0x10000 {
      out[0] = UInt8(0xE0 | (value >> 12))
      out[1] = UInt8(0x80 | ((value >> 6) & 0x3F))
      out[2] = UInt8(0x80 | (value & 0x3F))
      return 3
    }
    out[0] = UInt8(0xF0 | (value >> 18))
    out[1] = UInt8(0x80 | ((value >> 12) & 0x3F))
    out[2] = UInt8(0x80 | ((value >> 6) & 0x3F))
    out[3] = UInt8(0x80 | (value & 0x3F))
    return 4
  }

  /// Appends the UTF-8 of `value` to `bytes`.
  @inlinable
  public static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &encoded) { raw in
      let out = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
      let length = encode(value, into: out)
      bytes.append(contentsOf: UnsafeBufferPointer(start: out, count: length))
    }
  }

  /// The UTF-8 of scalar values.
  public static func bytes(of scalars: [UInt32]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    for value in scalars { append(value, to: &bytes) }
    return bytes
  }
}
