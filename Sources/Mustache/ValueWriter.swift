import Text

/// Writes values into the output bytes: numbers, and HTML escaping on UTF-8 bytes.
enum ValueWriter {
  /// Writes a plain value (not a lambda): strings, numbers and booleans; nothing for null,
  /// lists and maps.
  static func write(_ value: TemplateValue, escaped: Bool, into out: inout ByteBuffer) {
    switch value {
    case .string(let string): writeString(string, escaped: escaped, into: &out)
    case .utf8(let bytes):
      bytes.withUnsafeBufferPointer { bytes in
        if escaped { writeEscaped(bytes, into: &out) } else { out.append(bytes) }
      }
    case .int(let number): out.appendDecimal(number)
    case .double(let number): writeDouble(number, into: &out)
    case .bool(let flag): writeString(flag ? "true" : "false", escaped: false, into: &out)
    case .null, .array, .dictionary, .lambda: break
    }
  }

  /// Writes a string, escaped or not.
  static func writeString(_ string: String, escaped: Bool, into out: inout ByteBuffer) {
    let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
      if escaped { writeEscaped(bytes, into: &out) } else { out.append(bytes) }
    }
    if done == nil {
      Array(string.utf8).withUnsafeBufferPointer { bytes in
        if escaped { writeEscaped(bytes, into: &out) } else { out.append(bytes) }
      }
    }
  }

  /// Writes bytes with `&`, `<`, `>`, `"` and `'` replaced by entities. Runs of sixteen bytes
  /// with none of them are copied as one block; the last bytes of a clean text, fewer than a
  /// block, are checked and copied as the block that ends the text (overlapping bytes already
  /// written, which being clean were written as they are).
  static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteBuffer) {
    guard let source = bytes.baseAddress else { return }
    let count = bytes.count
    if count >= 8, count < 16 {
      // A short text: its first and last eight bytes make one block to check.
      let start = UnsafeRawPointer(source)
      let ends = SIMD2(
        start.loadUnaligned(as: UInt64.self),
        start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      if !mayNeedEscaping(ends) { return out.append(source, count: count) }
    }
    var read = 0
    // Room for the rest of the input plus a block, so that a clean block can always be stored.
    out.reserve(count + 16)
    var target = out.end
    var written = 0
    while read + 16 <= count {
      let block = UnsafeRawPointer(source + read).loadUnaligned(as: SIMD2<UInt64>.self)
      if !mayNeedEscaping(block) {
        UnsafeMutableRawPointer(target + written).storeBytes(of: block, as: SIMD2<UInt64>.self)
        written += 16
        read += 16
        continue
      }
      // Sixteen bytes may grow by five each; keep the room invariant for what follows.
      out.commit(written)
      out.reserve(count - read + 96)
      target = out.end
      written = 0
      for _ in 0..<16 {
        written += writeEscapedByte(source[read], at: target + written)
        read += 1
      }
    }
    if read < count, count >= 16 {
      // The block that ends the text: if clean, its bytes before `read` were written as is.
      let last = UnsafeRawPointer(source + count - 16).loadUnaligned(as: SIMD2<UInt64>.self)
      if !mayNeedEscaping(last) {
        let overlap = read - (count - 16)
        UnsafeMutableRawPointer(target + written - overlap).storeBytes(
          of: last, as: SIMD2<UInt64>.self)
        out.commit(written - overlap + 16)
        return
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

  /// Whether any of the sixteen bytes of `block` is `"`, `&`, `'`, `<` or `>` (an exact SWAR
  /// test on each half: `x | 1 == 0x27` only for `&` and `'`, `x | 2 == 0x3E` only for `<` and
  /// `>`, and a word has a zero byte exactly when `(w - 0x01…) & ~w & 0x80…` is not zero).
  @inline(__always)
  static func mayNeedEscaping(_ block: SIMD2<UInt64>) -> Bool {
    let ones = SIMD2<UInt64>(repeating: 0x0101_0101_0101_0101)
    let highs = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080)
    let quotes = block ^ (ones &* 0x22)
    let ampersands = (block | ones) ^ (ones &* 0x27)
    let angles = (block | (ones &* 2)) ^ (ones &* 0x3E)
    let zeroQuotes = (quotes &- ones) & ~quotes
    let zeroAmpersands = (ampersands &- ones) & ~ampersands
    let zeroAngles = (angles &- ones) & ~angles
    let found = (zeroQuotes | zeroAmpersands | zeroAngles) & highs
    return found[0] | found[1] != 0
  }

  /// Writes a double as JavaScript would for common values: whole numbers without a
  /// fraction (`1.0` as `1`), others in Swift's shortest form (`1.21`).
  static func writeDouble(_ number: Double, into out: inout ByteBuffer) {
    if number > -1e15, number < 1e15, Double(Int(number)) == number {
      out.appendDecimal(Int(number))
    } else {
      writeString("\(number)", escaped: false, into: &out)
    }
  }
}
