import XCTest

@testable import FrontMatter

final class SourceLocationTests: XCTestCase {
  func testOrderingByLineThenColumn() {
    XCTAssertLessThan(at(1, 9), at(2, 1))
    XCTAssertLessThan(at(2, 1), at(2, 3))
    XCTAssertEqual([at(3, 1), at(1, 5), at(1, 2)].sorted(), [at(1, 2), at(1, 5), at(3, 1)])
    XCTAssertEqual(at(4, 7).description, "4:7")
  }
}
