/// The other encodings Russian files come in: UTF-16 (Notepad's "Unicode", with or without
/// a byte order mark) and KOI8-R (old Unix and mail archives), told apart from Windows-1251
/// by which half of the Cyrillic bytes the letters use (lower-case letters, the most
/// frequent, are 0xE0…0xFF in Windows-1251 and 0xC0…0xDF in KOI8-R).
extension TextDecoding {
  /// The byte order of UTF-16 text, or nil: a byte order mark, or else zero bytes in one
  /// half of the pairs of the first kilobyte only, as Latin and line ends leave them.
  static func utf16Order(_ bytes: [UInt8]) -> (bigEndian: Bool, skip: Int)? {
    if bytes.starts(with: [0xFF, 0xFE]) { return (false, 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (true, 2) }
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var zeros = (even: 0, odd: 0)
    for index in 0..<min(bytes.count, 1024) where bytes[index] == 0 {
      if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    let pairs = min(bytes.count, 1024) / 2
    if zeros.even == 0 && zeros.odd * 5 >= pairs { return (false, 0) }
    if zeros.odd == 0 && zeros.even * 5 >= pairs { return (true, 0) }
    return nil
  }

  /// UTF-16 text decoded, or nil when it is not valid UTF-16.
  static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, skip: Int) -> String? {
    guard (bytes.count - skip) % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity((bytes.count - skip) / 2)
    var index = skip
    while index + 1 < bytes.count {
      let (high, low) =
        bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// Whether 8-bit Cyrillic text looks like KOI8-R rather than Windows-1251: more bytes in
  /// 0xC0…0xDF (KOI8-R's lower case) than in 0xE0…0xFF (Windows-1251's lower case).
  static func looksLikeKOI8R(_ bytes: ArraySlice<UInt8>) -> Bool {
    var koiLower = 0
    var windowsLower = 0
    for byte in bytes where byte >= 0xC0 {
      if byte < 0xE0 { koiLower += 1 } else { windowsLower += 1 }
    }
    return koiLower > windowsLower
  }

  /// KOI8-R decoded (every byte has a character).
  static func decodeKOI8R(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = byte < 0x80 ? UInt32(byte) : koi8rHigh[Int(byte - 0x80)]
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  /// Unicode values of KOI8-R bytes 0x80…0xFF (RFC 1489).
  static let koi8rHigh: [UInt32] = [
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
  ]
}
