/// Lower-cases UTF-8 text made of ASCII, the basic Cyrillic letters (U+0400–U+045F) and
/// characters that lower-casing leaves alone (punctuation such as `«`, `—`), exactly as
/// `String.lowercased()` would, without its general Unicode machinery.
enum CyrillicLowercase {
  /// The lower-cased UTF-8 of `text`, or nil when it holds another character that
  /// lower-casing changes (the caller then uses `lowercased()`).
  static func lowercased(_ text: String) -> [UInt8]? {
    var copy = text
    return copy.withUTF8 { bytes -> [UInt8]? in
      var complete = true
      let result = [UInt8](unsafeUninitializedCapacity: bytes.count) { result, written in
        complete = lowercase(bytes, into: result)
        written = complete ? bytes.count : 0
      }
      return complete ? result : nil
    }
  }

  /// Writes the lower-cased `bytes` into `result` (as long); false when a character needs
  /// `lowercased()`.
  private static func lowercase(
    _ bytes: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt8>
  ) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        result[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        index += 1
        continue
      }
      if index + 1 < count, let pair = lowered(byte, bytes[index + 1]) {
        result[index] = pair.lead
        result[index + 1] = pair.trail
        index += 2
        continue
      }
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      guard index + length <= count,
        !changesWhenLowercased(UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
      else { return false }
      for offset in index..<index + length { result[offset] = bytes[offset] }
      index += length
    }
    return true
  }

  /// The lower-case form of the two-byte sequence `lead trail` when it is U+0400–U+045F.
  private static func lowered(_ lead: UInt8, _ trail: UInt8) -> (lead: UInt8, trail: UInt8)? {
    guard trail & 0xC0 == 0x80 else { return nil }
    if lead == 0xD0 {
      switch trail {
      case 0x80...0x8F: return (0xD1, trail + 0x10)  // Ѐ–Џ → ѐ–џ
      case 0x90...0x9F: return (0xD0, trail + 0x20)  // А–П → а–п
      case 0xA0...0xAF: return (0xD1, trail - 0x20)  // Р–Я → р–я
      default: return (lead, trail)  // а–п
      }
    }
    if lead == 0xD1 && trail <= 0x9F { return (lead, trail) }  // р–я, ѐ–џ
    return nil
  }

  /// Whether lower-casing changes the character encoded by `sequence` (2 to 4 bytes of valid
  /// UTF-8).
  private static func changesWhenLowercased(_ sequence: UnsafeBufferPointer<UInt8>) -> Bool {
    var value = UInt32(sequence[0] & (0xFF >> (sequence.count + 1)))
    for byte in sequence.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return true }
    return scalar.properties.changesWhenLowercased
  }
}
