import XCTest

@testable import Search

final class ScalarClassTests: XCTestCase {
  func testCyrillicWordScalarsMatchUnicodeCategories() {
    for value in UInt32(0x400)...0x52F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      let isLetter = [
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      ]
      .contains(category)
      XCTAssertEqual(ScalarClass.isWordScalar(value), isLetter, "U+\(String(value, radix: 16))")
    }
  }

  func testWordScalarsOutsideCyrillic() {
    XCTAssertTrue(ScalarClass.isWordScalar(0x41))  // A
    XCTAssertTrue(ScalarClass.isWordScalar(0x37))  // 7
    XCTAssertFalse(ScalarClass.isWordScalar(0x2D))  // -
    XCTAssertFalse(ScalarClass.isWordScalar(0x2014))  // —
    XCTAssertFalse(ScalarClass.isWordScalar(0xAB))  // «
    XCTAssertTrue(ScalarClass.isWordScalar(0xE9))  // é
    XCTAssertTrue(ScalarClass.isWordScalar(0x6771))  // 東
    XCTAssertTrue(ScalarClass.isWordScalar(0xB2))  // ²
    XCTAssertFalse(ScalarClass.isWordScalar(0x301))  // combining acute
    XCTAssertFalse(ScalarClass.isWordScalar(0x1F600))  // emoji
  }

  func testNumbers() {
    XCTAssertTrue(ScalarClass.isNumber(0x30))
    XCTAssertTrue(ScalarClass.isNumber(0xB2))
    XCTAssertTrue(ScalarClass.isNumber(0x2163))  // Ⅳ
    XCTAssertFalse(ScalarClass.isNumber(0x61))
  }
}
