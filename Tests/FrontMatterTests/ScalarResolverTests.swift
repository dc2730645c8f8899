import XCTest

@testable import FrontMatter

final class ScalarResolverTests: XCTestCase {
  private func resolve(_ text: String) -> ScalarResolver.Resolution {
    ScalarResolver.resolve(Array(text.utf8)[...])
  }

  func testNulls() {
    for text in ["", "~", "null", "Null", "NULL"] {
      XCTAssertEqual(resolve(text), .kind(.null), text)
    }
    XCTAssertEqual(resolve("nULL"), .string)
  }

  func testBooleans() {
    for text in ["true", "True", "TRUE"] { XCTAssertEqual(resolve(text), .kind(.bool(true))) }
    for text in ["false", "False", "FALSE"] { XCTAssertEqual(resolve(text), .kind(.bool(false))) }
    for text in ["yes", "no", "on", "tRUE"] { XCTAssertEqual(resolve(text), .string, text) }
  }

  func testDecimalIntegers() {
    XCTAssertEqual(resolve("0"), .kind(.int(0)))
    XCTAssertEqual(resolve("42"), .kind(.int(42)))
    XCTAssertEqual(resolve("-17"), .kind(.int(-17)))
    XCTAssertEqual(resolve("+5"), .kind(.int(5)))
    XCTAssertEqual(resolve("007"), .kind(.int(7)))
    XCTAssertEqual(resolve("9223372036854775807"), .kind(.int(Int.max)))
  }

  func testHexadecimalAndOctalIntegers() {
    XCTAssertEqual(resolve("0x1F"), .kind(.int(31)))
    XCTAssertEqual(resolve("0xff"), .kind(.int(255)))
    XCTAssertEqual(resolve("0o17"), .kind(.int(15)))
    XCTAssertEqual(resolve("0o8"), .string)
    XCTAssertEqual(resolve("0xG"), .string)
    XCTAssertEqual(resolve("0x"), .string)
    XCTAssertEqual(resolve("-0x1"), .string)
  }

  func testIntegerOverflowBecomesFloat() {
    XCTAssertEqual(resolve("99999999999999999999"), .kind(.double(1e20)))
  }

  func testFloats() {
    XCTAssertEqual(resolve("1.5"), .kind(.double(1.5)))
    XCTAssertEqual(resolve("-0.25"), .kind(.double(-0.25)))
    XCTAssertEqual(resolve(".5"), .kind(.double(0.5)))
    XCTAssertEqual(resolve("1."), .kind(.double(1)))
    XCTAssertEqual(resolve("1e3"), .kind(.double(1000)))
    XCTAssertEqual(resolve("2.5E-1"), .kind(.double(0.25)))
    XCTAssertEqual(resolve("+1.0e+2"), .kind(.double(100)))
  }

  func testInfinityAndNaN() {
    XCTAssertEqual(resolve(".inf"), .kind(.double(.infinity)))
    XCTAssertEqual(resolve("-.Inf"), .kind(.double(-.infinity)))
    XCTAssertEqual(resolve("+.INF"), .kind(.double(.infinity)))
    guard case .kind(.double(let nan)) = resolve(".NaN") else { return XCTFail("not a float") }
    XCTAssertTrue(nan.isNaN)
    XCTAssertEqual(resolve("-.nan"), .string)
  }

  func testNumberLikeTextStaysString() {
    for text in [
      "1_000", "1.2.3", "e5", "1e", ".", "-", "+", "5 класс", "1,5", "12:30", "inf", "nan",
    ] {
      XCTAssertEqual(resolve(text), .string, text)
    }
  }

  func testCyrillicAndOtherTextIsString() {
    XCTAssertEqual(resolve("Нет"), .string)
    XCTAssertEqual(resolve("«да»"), .string)
  }
}
