/// Writes compact JSON straight into bytes: no whitespace, non-ASCII text as raw UTF-8,
/// integers only. The caller writes object keys in sorted order.
struct JSONWriter {
  /// Room for the JSON: the first `count` bytes are written, the rest is spare capacity that
  /// lets each write store its bytes without a growth check per byte.
  private var buffer: [UInt8]
  /// Number of bytes written.
  private(set) var count = 0

  /// The JSON written so far.
  var bytes: [UInt8] { Array(buffer[..<count]) }

  init(capacity: Int = 256) {
    buffer = [UInt8](repeating: 0, count: max(capacity, 64))
  }

  /// Calls `body` with room for `size` bytes past those written, and counts them written.
  @inline(__always)
  private mutating func write(_ size: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
    let start = count
    if start + size > buffer.count { grow(toFit: start + size) }
    buffer.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    count = start + size
  }

  /// Enlarges `buffer` to at least `size` bytes, at least doubling it.
  private mutating func grow(toFit size: Int) {
    buffer.append(contentsOf: repeatElement(0, count: max(size, 2 * buffer.count) - buffer.count))
  }

  /// Appends `data`.
  @inline(__always)
  private mutating func append(_ data: UnsafeBufferPointer<UInt8>) {
    guard let source = data.baseAddress, data.count > 0 else { return }
    write(data.count) { $0.update(from: source, count: data.count) }
  }

  /// Appends the bytes of an escape sequence.
  private mutating func append(_ escape: [UInt8]) {
    escape.withUnsafeBufferPointer { append($0) }
  }

  /// Appends ASCII punctuation or a literal such as `{`, `,` or `"k":`.
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends a single ASCII byte.
  mutating func byte(_ value: UInt8) {
    write(1) { $0.pointee = value }
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
    // Room for a sign and the 19 digits of any Int.
    write(atMost: 20) { Self.writeDecimal(value, to: $0) }
  }

  /// Appends three decimal integers separated by commas, `a,b,c` (`,a,b,c` when
  /// `commaFirst`), in one write.
  mutating func integers(_ first: Int, _ second: Int, _ third: Int, commaFirst: Bool = false) {
    // Room for three signs, 57 digits and three commas.
    write(atMost: 63) { out in
      var end = 0
      if commaFirst {
        out[0] = 0x2C
        end = 1
      }
      end += Self.writeDecimal(first, to: out + end)
      out[end] = 0x2C
      end += 1
      end += Self.writeDecimal(second, to: out + end)
      out[end] = 0x2C
      end += 1
      return end + Self.writeDecimal(third, to: out + end)
    }
  }

  /// Calls `body` with room for `size` bytes past those written; `body` returns how many of
  /// them it wrote.
  @inline(__always)
  private mutating func write(
    atMost size: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
  ) {
    let start = count
    if start + size > buffer.count { grow(toFit: start + size) }
    let written = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    count = start + written
  }

  /// Writes the decimal digits of `value` (after `-` when negative) from `out`; returns how
  /// many bytes that took (at most 20).
  @inline(__always)
  private static func writeDecimal(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
    var magnitude = value.magnitude
    let sign = value < 0 ? 1 : 0
    if sign == 1 { out[0] = 0x2D }
    var digits = 1
    var limit: UInt = 10
    // 10^19 still fits a UInt, and no Int has 20 digits.
    while digits < 19, magnitude >= limit {
      digits += 1
      limit &*= 10
    }
    var index = sign + digits
    // Two digits per division, from the table of pairs "00" to "99".
    let pairs = Self.digitPairs.utf8Start
    while magnitude >= 100 {
      let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
      magnitude /= 100
      index &-= 2
      out[index] = pairs[pair]
      out[index + 1] = pairs[pair + 1]
    }
    if magnitude >= 10 {
      let pair = Int(truncatingIfNeeded: magnitude) &* 2
      out[index - 2] = pairs[pair]
      out[index - 1] = pairs[pair + 1]
    } else {
      out[index - 1] = UInt8(truncatingIfNeeded: magnitude) &+ 0x30
    }
    return sign + digits
  }

  /// The two digits of 0 to 99, back to back.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

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
