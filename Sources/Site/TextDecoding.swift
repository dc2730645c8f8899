import Text

#if canImport(Glibc)
  import Glibc
#endif

/// Turns a content file's bytes into text: UTF-8 with the BOM stripped and line ends made
/// `\n`, or Windows-1251 with a warning, or an error saying what is wrong and where.
enum TextDecoding {
  /// What decoding a file gave.
  enum Outcome: Equatable {
    /// Valid UTF-8.
    case utf8(String)
    /// Not UTF-8 but plausible Windows-1251 Russian text, decoded.
    case windows1251(String)
    /// UTF-16 ("Unicode" in Notepad), decoded.
    case utf16(String)
    /// Not UTF-8 but plausible KOI8-R Russian text, decoded.
    case koi8r(String)
    /// A NUL byte at this line and column: the file is binary or damaged.
    case nulByte(line: Int, column: Int)
    /// Neither UTF-8 nor Windows-1251; the first bad byte is at this line and column.
    case undecodable(line: Int, column: Int)

    /// The decoded text, or nil when there is none.
    var text: String? {
      switch self {
      case .utf8(let text), .windows1251(let text), .utf16(let text), .koi8r(let text):
        return text
      case .nulByte, .undecodable: return nil
      }
    }
  }

  /// Decodes `bytes`; control characters are removed from the text (see
  /// ``controlCharacters(in:)``).
  static func decode(_ bytes: [UInt8]) -> Outcome {
    if let order = utf16Order(bytes),
      let text = decodeUTF16(bytes, bigEndian: order.bigEndian, skip: order.skip)
    {
      let mended = withLineFeeds(Array(text.utf8)[...])
      return .utf16(withoutControls(String(decoding: mended, as: UTF8.self)))
    }
    if let nul = bytes.withUnsafeBufferPointer(firstNUL) {
      let (line, column) = position(of: nul, in: bytes)
      return .nulByte(line: line, column: column)
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    // CR and LF are ASCII in both encodings and never part of a longer UTF-8 sequence, so
    // line ends can be mended before decoding.
    let text = withLineFeeds(body)
    if let text = String(validating: text, as: UTF8.self) {
      return .utf8(withoutControls(text))
    }
    if let decoded = decodeWindows1251(text) {
      if looksLikeKOI8R(text) { return .koi8r(withoutControls(decodeKOI8R(text))) }
      return .windows1251(withoutControls(decoded))
    }
    let bad = firstInvalidUTF8Offset(body) ?? body.startIndex
    let (line, column) = position(of: bad, in: bytes)
    return .undecodable(line: line, column: column)
  }

  /// The offset of the first NUL byte in `buffer`, or nil.
  static func firstNUL(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else {
      return nil
    }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// `bytes` with CRLF and lone CR made LF (the same slice when there is no CR).
  static func withLineFeeds(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    bytes.withUnsafeBufferPointer { buffer -> ArraySlice<UInt8> in
      guard let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) != nil else {
        return bytes
      }
      let mended = [UInt8](unsafeUninitializedCapacity: buffer.count) { output, count in
        count = 0
        var index = 0
        while index < buffer.count {
          let byte = buffer[index]
          index += 1
          if byte == 0x0D {
            if index < buffer.count && buffer[index] == 0x0A { index += 1 }
            output[count] = 0x0A
          } else {
            output[count] = byte
          }
          count += 1
        }
      }
      return mended[...]
    }
  }

  /// Decodes Windows-1251 when most letters of the text are Cyrillic; nil otherwise.
  static func decodeWindows1251(_ bytes: ArraySlice<UInt8>) -> String? {
    var scalars = String.UnicodeScalarView()
    var cyrillic = 0
    var otherHigh = 0
    for byte in bytes {
      if byte < 0x80 {
        scalars.append(Unicode.Scalar(byte))
        continue
      }
      let value = windows1251High[Int(byte - 0x80)]
      guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
      if (0x400...0x4FF).contains(value) { cyrillic += 1 } else { otherHigh += 1 }
      scalars.append(scalar)
    }
    guard cyrillic > 0, cyrillic >= otherHigh * 4 else { return nil }
    return String(scalars)
  }

  /// The index in `bytes` of the first byte that breaks UTF-8, or nil when the bytes are
  /// valid.
  static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer(UTF8Text.firstInvalidOffset).map { bytes.startIndex + $0 }
  }

  /// 1-based line and column (in bytes past the line start, counted as characters for ASCII).
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let prefix = bytes[lineStart..<offset]
    let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    return (line, column)
  }

  /// Unicode values of Windows-1251 bytes 0x80…0xFF (0 for the one unassigned byte, 0x98).
  static let windows1251High: [UInt32] =
    [
      0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
      0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
      0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
      0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
      0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
      0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
      0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ] + (0x0410...0x044F).map { UInt32($0) }
}
