/// Lower-casing of whole strings made of ASCII, Cyrillic letters and characters that
/// lower-casing leaves alone (punctuation such as `«`, `—`), exactly as
/// `String.lowercased()` would, without its general Unicode machinery.
extension Cyrillic {
  /// The lower-cased UTF-8 of `text`, or nil when it holds another character that
  /// lower-casing changes (the caller then uses `lowercased()`).
  public static func lowercasedUTF8(_ text: String) -> [UInt8]? {
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

  /// Writes the lower-cased `bytes` (well-formed UTF-8) into `result` (as long); false when a
  /// character needs `lowercased()`.
  private static func lowercase(
    _ bytes: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt8>
  ) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        result[index] = ASCII.lowercased(byte)
        index += 1
        continue
      }
      let (value, length) = UTF8Text.decode(bytes, at: index)
      if contains(value) {
        // Every letter of the blocks and its lower case take two bytes.
        _ = UTF8Text.encode(lowercase(value), into: result.baseAddress! + index)
      } else {
        guard let scalar = Unicode.Scalar(value),
          !scalar.properties.changesWhenLowercased
        else { return false }
        for offset in index..<index + length { result[offset] = bytes[offset] }
      }
      index += length
    }
    return true
  }
}
