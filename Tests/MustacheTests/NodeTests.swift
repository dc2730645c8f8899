import XCTest

@testable import Mustache

final class NodeTests: XCTestCase {
  func testNamesSplitAtDots() {
    XCTAssertEqual(Name("page.title").parts, ["page", "title"])
    XCTAssertEqual(Name("title").parts, ["title"])
    XCTAssertEqual(Name(".").parts, [])
  }

  func testDecimalPartsAreIndexes() {
    XCTAssertEqual(Name("tags.0.name").indexes, [nil, 0, nil])
    XCTAssertEqual(Name("a.-1.1x").indexes, [nil, nil, nil])
  }
}
