/// Integers written in decimal straight into a byte buffer (for JSON and templates).
extension ByteBuffer {
  /// Appends the decimal digits of `value`, after `-` when it is negative.
  public mutating func appendDecimal(_ value: Int) {
    // Room for a sign and the 19 digits of any Int.
    reserve(20)
    commit(DecimalDigits.write(value, to: end))
  }
}

/// The decimal writer behind `ByteBuffer.appendDecimal`.
enum DecimalDigits {
  /// Writes the decimal digits of `value` (after `-` when negative) from `out`; returns how
  /// many bytes that took (at most 20).
  static func write(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
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
    let pairs = digitPairs.utf8Start
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
}
