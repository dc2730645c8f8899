import Text

/// Writes compact JSON straight into bytes: no whitespace, non-ASCII text as raw UTF-8,
/// integers only. The caller writes object keys in sorted order.
struct JSONWriter: ~Copyable {
  /// The JSON written so far.
  private var buffer: ByteBuffer

  /// Number of bytes written.
  var count: Int { buffer.count }

  /// The JSON written so far.
  var bytes: [UInt8] { buffer.array }

  init(capacity: Int = 256) {
    buffer = ByteBuffer(capacity: max(capacity, 64))
  }

  /// Appends `data`.
  @inline(__always)
  private mutating func append(_ data: UnsafeBufferPointer<UInt8>) {
    buffer.append(data)
  }

  /// Appends the bytes of an escape sequence.
  private mutating func append(_ escape: [UInt8]) {
    escape.withUnsafeBufferPointer { append($0) }
  }

  /// Appends ASCII punctuation or a literal such as `{`, `,` or `"k":`.
  mutating func raw(_ text: StaticString) {
    buffer.append(text)
  }

  /// Appends a single ASCII byte.
  mutating func byte(_ value: UInt8) {
    buffer.append(value)
  }

  /// Appends `"key":` for an object member.
  mutating func key(_ name: StaticString) {
    byte(0x22)
    name.withUTF8Buffer { append($0) }
    byte(0x22)
    byte(0x3A)
  }

  /// Appends a decimal integer.
  mutating func integer(_ value: Int) {
    buffer.appendDecimal(value)
  }

  /// Appends three decimal integers separated by commas, `a,b,c` (`,a,b,c` when
  /// `commaFirst`).
  mutating func integers(_ first: Int, _ second: Int, _ third: Int, commaFirst: Bool = false) {
    if commaFirst { byte(0x2C) }
    buffer.appendDecimal(first)
    byte(0x2C)
    buffer.appendDecimal(second)
    byte(0x2C)
    buffer.appendDecimal(third)
  }

  /// Appends a string literal.
  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string(utf8: $0) }
  }

  /// Appends a string literal from UTF-8 bytes, escaping `"`, `\`, control characters and
  /// U+2028/U+2029 (line separators that older JavaScript rejects in string literals).
  mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
    self.byte(0x22)
    var index = 0
    var plainStart = 0
    let count = text.count
    while index < count {
      let byte = text[index]
      if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
        // Written as is, with the rest of its run in one append.
        index += 1
        continue
      }
      if plainStart < index {
        append(UnsafeBufferPointer(rebasing: text[plainStart..<index]))
      }
      switch byte {
      case 0x22: append([0x5C, 0x22])
      case 0x5C: append([0x5C, 0x5C])
      case 0x0A: append([0x5C, 0x6E])
      case 0x0D: append([0x5C, 0x72])
      case 0x09: append([0x5C, 0x74])
      case 0x08: append([0x5C, 0x62])
      case 0x0C: append([0x5C, 0x66])
      case 0..<0x20:
        append([0x5C, 0x75, 0x30, 0x30])
        self.byte(Self.hexDigit(byte >> 4))
        self.byte(Self.hexDigit(byte & 0xF))
      case 0xE2
      where index + 2 < count && text[index + 1] == 0x80
        && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
        append([0x5C, 0x75, 0x32, 0x30, 0x32])
        self.byte(text[index + 2] == 0xA8 ? 0x38 : 0x39)
        index += 2
      default:
        self.byte(byte)
      }
      index += 1
      plainStart = index
    }
    if plainStart < count {
      append(UnsafeBufferPointer(rebasing: text[plainStart..<count]))
    }
    self.byte(0x22)
  }

  /// Appends `[a,b,…]` of integers.
  mutating func integers(_ values: [Int]) {
    byte(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { byte(0x2C) }
      integer(value)
    }
    byte(0x5D)
  }

  /// Appends `["a","b",…]`.
  mutating func strings(_ values: [String]) {
    byte(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { byte(0x2C) }
      string(value)
    }
    byte(0x5D)
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
  }
}
