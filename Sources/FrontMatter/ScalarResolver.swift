import Text

/// Types plain scalars by the YAML 1.2 core schema (null, bool, int, float) plus dates.
enum ScalarResolver {
  /// The outcome of typing a plain scalar.
  enum Resolution: Equatable {
    /// A null, bool, number or date.
    case kind(YAMLValue.Kind)
    /// Text.
    case string
    /// Looks like a date but is not one; the reason says why.
    case invalidDate(String)
  }

  /// Types the text of a plain scalar.
  static func resolve(_ text: ArraySlice<UInt8>) -> Resolution {
    guard let first = text.first else { return .kind(.null) }
    switch first {
    case ASCII.lowerN, ASCII.upperN, ASCII.tilde:
      return matches(text, ["~", "null", "Null", "NULL"]) ? .kind(.null) : .string
    case ASCII.lowerT, ASCII.upperT:
      return matches(text, ["true", "True", "TRUE"]) ? .kind(.bool(true)) : .string
    case ASCII.lowerF, ASCII.upperF:
      return matches(text, ["false", "False", "FALSE"]) ? .kind(.bool(false)) : .string
    case ASCII.zero...ASCII.nine:
      if let date = DateResolver.resolve(text) { return date }
      return number(text)
    case ASCII.plus, ASCII.minus, ASCII.period:
      return number(text)
    default:
      return .string
    }
  }

  private static func matches(_ text: ArraySlice<UInt8>, _ words: [StaticString]) -> Bool {
    for word in words where word.utf8CodeUnitCount == text.count {
      let buffer = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      if text.elementsEqual(buffer) { return true }
    }
    return false
  }

  /// Integers (decimal, `0x`, `0o`) and floats (including `.inf` and `.nan`).
  private static func number(_ text: ArraySlice<UInt8>) -> Resolution {
    var digits = text[...]
    var negative = false
    if let sign = digits.first, sign == ASCII.plus || sign == ASCII.minus {
      negative = sign == ASCII.minus
      digits = digits.dropFirst()
    }
    let signed = digits.count != text.count
    if matches(digits, [".inf", ".Inf", ".INF"]) {
      return .kind(.double(negative ? -Double.infinity : Double.infinity))
    }
    if !signed && matches(digits, [".nan", ".NaN", ".NAN"]) { return .kind(.double(Double.nan)) }
    if !signed && digits.count > 2 && digits.first == ASCII.zero {
      let marker = digits[digits.startIndex + 1]
      if marker == ASCII.lowerX { return radixInteger(digits.dropFirst(2), radix: 16) }
      if marker == ASCII.lowerO { return radixInteger(digits.dropFirst(2), radix: 8) }
    }
    if !digits.isEmpty && digits.allSatisfy(ASCII.isDigit) {
      var value = 0
      for digit in digits {
        let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: 10)
        let (sum, overflowAdd) = shifted.addingReportingOverflow(Int(digit - ASCII.zero))
        if overflowMultiply || overflowAdd { return float(text) }
        value = sum
      }
      return .kind(.int(negative ? -value : value))
    }
    return isFloat(digits) ? float(text) : .string
  }

  private static func radixInteger(_ digits: ArraySlice<UInt8>, radix: Int) -> Resolution {
    var value = 0
    for byte in digits {
      guard let digit = ASCII.hexValue(byte), digit < radix else { return .string }
      let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: radix)
      let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
      if overflowMultiply || overflowAdd { return .string }
      value = sum
    }
    return .kind(.int(value))
  }

  /// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the core schema's float without sign.
  private static func isFloat(_ text: ArraySlice<UInt8>) -> Bool {
    var index = text.startIndex
    var mantissaDigits = 0
    while index < text.endIndex, ASCII.isDigit(text[index]) {
      index += 1
      mantissaDigits += 1
    }
    if index < text.endIndex, text[index] == ASCII.period {
      index += 1
      while index < text.endIndex, ASCII.isDigit(text[index]) {
        index += 1
        mantissaDigits += 1
      }
    }
    guard mantissaDigits > 0 else { return false }
    if index < text.endIndex, (text[index] | 0x20) == 0x65 {  // e or E
      index += 1
      if index < text.endIndex, text[index] == ASCII.plus || text[index] == ASCII.minus {
        index += 1
      }
      let exponentStart = index
      while index < text.endIndex, ASCII.isDigit(text[index]) { index += 1 }
      guard index > exponentStart else { return false }
    }
    return index == text.endIndex
  }

  private static func float(_ text: ArraySlice<UInt8>) -> Resolution {
    guard let value = Double(String(decoding: text, as: UTF8.self)) else { return .string }
    return .kind(.double(value))
  }
}
