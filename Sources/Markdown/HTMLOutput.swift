import Text

/// A byte buffer for HTML with the escaping rules cmark uses (not copyable: it owns its
/// ``ByteBuffer``).
struct HTMLOutput: ~Copyable {
  private var buffer: ByteBuffer
  /// Places where a link's destination goes, in order.
  private(set) var holes: [RenderedHTML.Hole] = []

  init(capacity: Int) { buffer = ByteBuffer(capacity: capacity) }

  /// The bytes written so far (copied into an array).
  var bytes: [UInt8] { buffer.array }

  /// Appends markup as is.
  @inline(__always)
  mutating func raw(_ string: StaticString) {
    raw(UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
  }

  /// Appends bytes as is.
  mutating func raw(_ bytes: some Sequence<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { raw($0) }
    guard done == nil else { return }
    for byte in bytes { buffer.append(byte) }
  }

  /// Appends bytes as is (the common case, without going through `Sequence`).
  @inline(__always)
  mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

  /// Appends one byte as is.
  @inline(__always)
  mutating func raw(byte: UInt8) { buffer.append(byte) }

  /// The number of bytes written so far.
  var count: Int { buffer.count }

  /// Marks the place of link `link`'s destination, its opening markup starting at
  /// `openingStart`; returns the hole's number for ``endOpening(_:)`` and ``close(_:from:)``.
  mutating func hole(link: Int, openingStart: Int) -> Int {
    let here = buffer.count
    holes.append(
      RenderedHTML.Hole(
        offset: here, link: link, opening: openingStart..<here, closing: here..<here))
    return holes.count - 1
  }

  /// Ends hole `hole`'s opening markup here.
  mutating func endOpening(_ hole: Int) {
    holes[hole].opening = holes[hole].opening.lowerBound..<buffer.count
  }

  /// Marks hole `hole`'s closing markup, from `start` to here.
  mutating func close(_ hole: Int, from start: Int) {
    holes[hole].closing = start..<buffer.count
  }

  /// Starts a new line unless the output is empty or already at one.
  mutating func newline() {
    if let last = buffer.last, last != 0x0A { buffer.append(0x0A) }
  }

  /// Appends text with `&`, `<`, `>` and `"` escaped.
  mutating func text(_ buffer: UnsafeBufferPointer<UInt8>) {
    var start = 0
    var index = 0
    let count = buffer.count
    while index < count {
      if index + 8 <= count {
        let found = Self.firstEscaped(in: ByteSearch.load(buffer, at: index))
        guard found < 8 else {
          index += 8
          continue
        }
        index += found
      }
      let byte = buffer[index]
      index += 1
      // `"`, `&`, `<` and `>` all lie in 0x22...0x3E.
      guard byte >= 0x22 && byte <= 0x3E else { continue }
      let replacement: StaticString
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      default: continue
      }
      raw(UnsafeBufferPointer(rebasing: buffer[start..<index - 1]))
      raw(replacement)
      start = index
    }
    raw(UnsafeBufferPointer(rebasing: buffer[start...]))
  }

  /// The offset in `word` of its first `&`, `<`, `>` or `"`; 8 when there is none.
  @inline(__always)
  static func firstEscaped(in word: UInt64) -> Int {
    // Most words of text have no byte in 0x22...0x3E at all: one cheap test skips them.
    guard ByteSearch.rangeFlags(word, 0x22, 0x3E) != 0 else { return 8 }
    let flags =
      ByteSearch.equalFlags(word, UInt8(ascii: "&"))
      | ByteSearch.equalFlags(word, UInt8(ascii: "<"))
      | ByteSearch.equalFlags(word, UInt8(ascii: ">"))
      | ByteSearch.equalFlags(word, UInt8(ascii: "\""))
    return flags == 0 ? 8 : ByteSearch.firstFlagged(flags)
  }

  /// Appends text given as a string.
  mutating func text(_ string: String) {
    var copy = string
    copy.withUTF8 { text($0) }
  }

  /// Appends a URL for an `href` or `src`: bytes outside cmark's safe set are
  /// percent-encoded, `&` and `'` become entities.
  mutating func url(_ string: String) {
    var copy = string
    copy.withUTF8 { buffer in
      var start = 0
      for (index, byte) in buffer.enumerated() {
        if Self.isSafeInURL(byte) { continue }
        raw(UnsafeBufferPointer(rebasing: buffer[start..<index]))
        start = index + 1
        if byte == UInt8(ascii: "&") {
          raw("&amp;")
        } else if byte == UInt8(ascii: "'") {
          raw("&#x27;")
        } else {
          raw(byte: UInt8(ascii: "%"))
          raw(byte: Self.hexDigits[Int(byte >> 4)])
          raw(byte: Self.hexDigits[Int(byte & 0x0F)])
        }
      }
      raw(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Letters, digits and `-_.+!*(),%#@?=;:/$~`.
  private static func isSafeInURL(_ byte: UInt8) -> Bool {
    if ASCII.isAlphanumeric(byte) { return true }
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"),
      UInt8(ascii: "!"),
      UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"),
      UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
      UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  /// Whether a destination is one cmark's safe mode drops (`javascript:`, `vbscript:`,
  /// `file:`, `data:` other than PNG, GIF, JPEG and WebP images).
  static func isDangerous(_ url: String) -> Bool {
    if let answer = asciiIsDangerous(url) { return answer }
    let lower = url.prefix(16).lowercased()
    for image in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    where lower.hasPrefix(image) {
      return false
    }
    return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:")
      || lower.hasPrefix("file:")
      || lower.hasPrefix("data:")
  }

  /// ``isDangerous(_:)`` decided on bytes when the first 16 are ASCII (then characters are
  /// bytes as far as the longest scheme prefix and one past it); nil otherwise.
  private static func asciiIsDangerous(_ url: String) -> Bool? {
    var copy = url
    return copy.withUTF8 { bytes -> Bool? in
      let head = UnsafeBufferPointer(rebasing: bytes.prefix(16))
      guard head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard head.count >= count else { return false }
        for index in 0..<count {
          let byte = head[index]
          let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          if lower != prefix.utf8Start[index] { return false }
        }
        return true
      }
      if starts(with: "data:image/png") || starts(with: "data:image/gif")
        || starts(with: "data:image/jpeg") || starts(with: "data:image/webp")
      {
        return false
      }
      return starts(with: "javascript:") || starts(with: "vbscript:") || starts(with: "file:")
        || starts(with: "data:")
    }
  }
}
