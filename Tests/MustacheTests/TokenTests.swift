import XCTest

@testable import Mustache

final class TokenTests: XCTestCase {
  func testInterpolationsCannotStandAlone() {
    XCTAssertFalse(TagKind.variable.canStandAlone)
    XCTAssertFalse(TagKind.raw.canStandAlone)
    XCTAssertTrue(TagKind.comment.canStandAlone)
    XCTAssertTrue(TagKind.partial.canStandAlone)
  }

  func testSectionsParentsAndBlocksOpen() {
    XCTAssertEqual(
      [TagKind.section, .inverted, .parent, .block, .close, .partial].map(\.opensSection),
      [true, true, true, true, false, false])
  }

  func testStandardDelimiters() {
    XCTAssertEqual(Delimiters.standard.open, Array("{{".utf8))
    XCTAssertEqual(Delimiters.standard.close, Array("}}".utf8))
  }
}
