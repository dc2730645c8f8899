import XCTest

@testable import Text

/// Decimal digits as `String(_:)` writes them, at every length and both extremes.
final class DecimalDigitsTests: XCTestCase {
  func testDigitsMatchStringForEveryLength() {
    var values: [Int] = [0, 9, 10, 99, 100, -1, -10, Int.max, Int.min]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power]
    }
    for value in values {
      var buffer = ByteBuffer(capacity: 0)
      buffer.appendDecimal(value)
      XCTAssertEqual(buffer.string, String(value))
    }
  }
}
