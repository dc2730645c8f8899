import XCTest

@testable import Text

final class ExactTextTests: XCTestCase {
  func testEqualBytesAreEqualKeys() {
    var table: [ExactText: Int] = [:]
    table[ExactText("дроби")] = 1
    table[ExactText("Дроби")] = 2
    XCTAssertEqual(table[ExactText(String("дроби".reversed().reversed()))], 1)
    XCTAssertEqual(table[ExactText("Дроби")], 2)
    XCTAssertNil(table[ExactText("дробь")])
  }

  func testCanonicallyEqualSpellingsWithOtherBytesStayApart() {
    let composed = "\u{439}"  // й
    let decomposed = "\u{438}\u{306}"  // и + combining breve
    XCTAssertEqual(composed, decomposed, "Swift's String equality normalizes")
    XCTAssertNotEqual(ExactText(composed), ExactText(decomposed))
    var table: [ExactText: Int] = [ExactText(composed): 1]
    XCTAssertNil(table[ExactText(decomposed)])
    table[ExactText(decomposed)] = 2
    XCTAssertEqual(table.count, 2)
  }
}
