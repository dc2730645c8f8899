import XCTest

@testable import Search

final class SummaryTests: XCTestCase {
  func testShortTextIsKeptWithSpacesCollapsed() {
    XCTAssertEqual(Summary.shortened("  Урок\n\nо   дробях\t"), "Урок о дробях")
    XCTAssertEqual(Summary.shortened(""), "")
  }

  func testLongTextIsCutAtAWordBoundaryWithEllipsis() {
    let text = Array(repeating: "дробь", count: 60).joined(separator: ", ")  // 418 characters
    let summary = Summary.shortened(text)
    // 28 × "дробь, " fit in 199 characters; the last space and comma go, "…" is added.
    XCTAssertEqual(summary.unicodeScalars.count, 195)
    XCTAssertTrue(summary.hasSuffix("дробь…"))
    XCTAssertTrue(summary.hasPrefix("дробь, дробь"))
  }

  func testTextOfExactly200CharactersIsKept() {
    let text = String(repeating: "я", count: 200)
    XCTAssertEqual(Summary.shortened(text), text)
  }

  func testOneLongWordIsCutInside() {
    let summary = Summary.shortened(String(repeating: "ж", count: 500))
    XCTAssertEqual(summary, String(repeating: "ж", count: 199) + "…")
  }
}
