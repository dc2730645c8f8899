/// Writes values into the output bytes: numbers, and HTML escaping on UTF-8 bytes.
enum ValueWriter {
  private static let ampersand = Array("&amp;".utf8)
  private static let lessThan = Array("&lt;".utf8)
  private static let greaterThan = Array("&gt;".utf8)
  private static let quote = Array("&quot;".utf8)
  private static let apostrophe = Array("&#39;".utf8)
  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)

  /// Writes a plain value (not a lambda): strings, numbers and booleans; nothing for null,
  /// lists and maps.
  static func write(_ value: TemplateValue, escaped: Bool, into out: inout [UInt8]) {
    switch value {
    case .string(let string): appendString(string, escaped: escaped, into: &out)
    case .int(let number): appendInteger(number, into: &out)
    case .double(let number): appendDouble(number, into: &out)
    case .bool(let flag): out.append(contentsOf: flag ? trueBytes : falseBytes)
    case .null, .array, .dictionary, .lambda: break
    }
  }

  /// Writes a string, escaped or not.
  static func appendString(_ string: String, escaped: Bool, into out: inout [UInt8]) {
    let done: Void? = string.utf8.withContiguousStorageIfAvailable { buffer in
      if escaped { appendEscaped(buffer, into: &out) } else { out.append(contentsOf: buffer) }
    }
    if done == nil {
      let bytes = Array(string.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        if escaped { appendEscaped(buffer, into: &out) } else { out.append(contentsOf: buffer) }
      }
    }
  }

  /// Writes bytes with `&`, `<`, `>`, `"` and `'` replaced by entities.
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    var runStart = 0
    var index = 0
    while index < count {
      var end = index + 1
      if index + 8 <= count {
        if !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
          index += 8
          continue
        }
        end = index + 8
      }
      while index < end {
        let byte = base[index]
        guard byte < 64, (specialBytes >> UInt64(byte)) & 1 != 0 else {
          index += 1
          continue
        }
        let entity: [UInt8]
        switch byte {
        case UInt8(ascii: "&"): entity = ampersand
        case UInt8(ascii: "<"): entity = lessThan
        case UInt8(ascii: ">"): entity = greaterThan
        case UInt8(ascii: "\""): entity = quote
        case UInt8(ascii: "'"): entity = apostrophe
        default:
          index += 1
          continue
        }
        if runStart < index {
          out.append(
            contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
        }
        out.append(contentsOf: entity)
        index += 1
        runStart = index
      }
    }
    if runStart < count {
      out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }
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
  static func appendInteger(_ number: Int, into out: inout [UInt8]) {
    if number == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = number.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      if number < 0 { out.append(UInt8(ascii: "-")) }
      out.append(contentsOf: buffer[(24 - count)...])
    }
  }

  /// Writes a double as JavaScript would for common values: whole numbers without a
  /// fraction (`1.0` as `1`), others in Swift's shortest form (`1.21`).
  static func appendDouble(_ number: Double, into out: inout [UInt8]) {
    if number > -1e15, number < 1e15, Double(Int(number)) == number {
      appendInteger(Int(number), into: &out)
    } else {
      out.append(contentsOf: "\(number)".utf8)
    }
  }
}
