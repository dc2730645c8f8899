/// Writes values into the output bytes: numbers, and HTML escaping on UTF-8 bytes.
enum ValueWriter {
  /// Writes a plain value (not a lambda): strings, numbers and booleans; nothing for null,
  /// lists and maps.
  static func write(_ value: TemplateValue, escaped: Bool, into out: inout ByteWriter) {
    switch value {
    case .string(let string): writeString(string, escaped: escaped, into: &out)
    case .utf8(let bytes):
      bytes.withUnsafeBufferPointer { bytes in
        if escaped { writeEscaped(bytes, into: &out) } else { out.write(bytes) }
      }
    case .int(let number): writeInteger(number, into: &out)
    case .double(let number): writeDouble(number, into: &out)
    case .bool(let flag): writeString(flag ? "true" : "false", escaped: false, into: &out)
    case .null, .array, .dictionary, .lambda: break
    }
  }

  /// Writes a string, escaped or not.
  static func writeString(_ string: String, escaped: Bool, into out: inout ByteWriter) {
    let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
      if escaped { writeEscaped(bytes, into: &out) } else { out.write(bytes) }
    }
    if done == nil {
      Array(string.utf8).withUnsafeBufferPointer { bytes in
        if escaped { writeEscaped(bytes, into: &out) } else { out.write(bytes) }
      }
    }
  }

  /// Writes bytes with `&`, `<`, `>`, `"` and `'` replaced by entities. Runs of eight bytes
  /// with none of them are copied as one word.
  static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteWriter) {
    guard let source = bytes.baseAddress else { return }
    let count = bytes.count
    var read = 0
    // Room for the rest of the input plus a word, so that a clean word can always be stored.
    out.reserve(count + 8)
    var target = out.end
    var written = 0
    while read + 8 <= count {
      let word = UnsafeRawPointer(source + read).loadUnaligned(as: UInt64.self)
      if !mayNeedEscaping(word) {
        UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
        written += 8
        read += 8
        continue
      }
      // Eight bytes may grow by five each; keep the room invariant for what follows.
      out.commit(written)
      out.reserve(count - read + 48)
      target = out.end
      written = 0
      for _ in 0..<8 {
        written += writeEscapedByte(source[read], at: target + written)
        read += 1
      }
    }
    out.commit(written)
    out.reserve((count - read) * 6 + 8)
    target = out.end
    written = 0
    while read < count {
      written += writeEscapedByte(source[read], at: target + written)
      read += 1
    }
    out.commit(written)
  }

  /// Stores `byte`, or its entity, at `target` (which has room for eight bytes); returns how
  /// many bytes it stands for.
  @inline(__always)
  private static func writeEscapedByte(_ byte: UInt8, at target: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    guard byte < 64, (specialBytes >> UInt64(byte)) & 1 != 0 else {
      target.pointee = byte
      return 1
    }
    // Each entity as a little-endian word: its bytes in order, then zeros.
    let entity: (word: UInt64, count: Int)
    switch byte {
    case UInt8(ascii: "&"): entity = (0x3B_70_6D_61_26, 5)  // &amp;
    case UInt8(ascii: "<"): entity = (0x3B_74_6C_26, 4)  // &lt;
    case UInt8(ascii: ">"): entity = (0x3B_74_67_26, 4)  // &gt;
    case UInt8(ascii: "\""): entity = (0x3B_74_6F_75_71_26, 6)  // &quot;
    default: entity = (0x3B_39_33_23_26, 5)  // &#39;
    }
    UnsafeMutableRawPointer(target).storeBytes(of: entity.word.littleEndian, as: UInt64.self)
    return entity.count
  }

  /// Bit `b` is set for each byte `b` that escaping replaces.
  private static let specialBytes: UInt64 =
    1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

  /// Whether any of the eight bytes of `word` is `"`, `&`, `'`, `<` or `>` (an exact SWAR
  /// test: `x | 1 == 0x27` only for `&` and `'`, `x | 2 == 0x3E` only for `<` and `>`).
  @inline(__always)
  private static func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* 0x22)
    let ampersands = (word | ones) ^ (ones &* 0x27)
    let angles = (word | (ones &* 2)) ^ (ones &* 0x3E)
    let zeroQuotes = (quotes &- ones) & ~quotes
    let zeroAmpersands = (ampersands &- ones) & ~ampersands
    let zeroAngles = (angles &- ones) & ~angles
    return (zeroQuotes | zeroAmpersands | zeroAngles) & highs != 0
  }

  /// Writes an integer in decimal.
  static func writeInteger(_ number: Int, into out: inout ByteWriter) {
    var magnitude = number.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let sign = number < 0 ? 1 : 0
    out.reserve(sign + digits)
    let target = out.end
    if sign == 1 { target.pointee = UInt8(ascii: "-") }
    var index = sign + digits
    repeat {
      index -= 1
      target[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    out.commit(sign + digits)
  }

  /// Writes a double as JavaScript would for common values: whole numbers without a
  /// fraction (`1.0` as `1`), others in Swift's shortest form (`1.21`).
  static func writeDouble(_ number: Double, into out: inout ByteWriter) {
    if number > -1e15, number < 1e15, Double(Int(number)) == number {
      writeInteger(Int(number), into: &out)
    } else {
      writeString("\(number)", escaped: false, into: &out)
    }
  }
}
