/// Control characters in content: invisible, they break XML (the feed and the sitemap stop
/// being well-formed) and put raw bytes into pages. They are removed while decoding, with a
/// warning that says where the first one was.
extension TextDecoding {
  /// Whether the scalar is one the text loses: C0 controls but tab and line feed, DEL, C1
  /// controls, and U+FFFE / U+FFFF, which XML forbids.
  @inline(__always)
  static func isRemovedControl(_ value: UInt32) -> Bool {
    (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
      || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
  }

  /// `text` without the characters ``isRemovedControl(_:)`` names (the same string when it
  /// has none, found by a scan of its bytes).
  static func withoutControls(_ text: String) -> String {
    guard controlCharacters(in: Array(text.utf8)) != nil else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isRemovedControl(scalar.value) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// The offset of the first control character in UTF-8 (or 8-bit) `bytes` and how many
  /// there are; nil when there is none. C0 controls and DEL are single bytes in every
  /// encoding read here; C1 controls and U+FFFE/U+FFFF are counted in their UTF-8 form.
  static func controlCharacters(in bytes: [UInt8], utf8: Bool = true) -> (
    offset: Int, count: Int
  )? {
    var first: Int?
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        var found = false
        if byte < 0x20 {
          found = byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0
        } else if byte == 0x7F {
          found = true
        } else if !utf8 {
          found = false
        } else if byte == 0xC2, index + 1 < buffer.count, (0x80...0x9F).contains(buffer[index + 1])
        {
          found = true
        } else if byte == 0xEF, index + 2 < buffer.count, buffer[index + 1] == 0xBF,
          buffer[index + 2] >= 0xBE
        {
          found = true
        }
        if found {
          if first == nil { first = index }
          count += 1
        }
        index += 1
      }
    }
    return first.map { ($0, count) }
  }
}
