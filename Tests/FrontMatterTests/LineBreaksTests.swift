import XCTest

@testable import FrontMatter

final class LineBreaksTests: XCTestCase {
  func testNormalizesEveryLineBreakAndBOM() {
    XCTAssertEqual(
      LineBreaks.normalizedBytes(of: "\u{FEFF}a\r\nb\rc\nд\r\r\n"), Array("a\nb\nc\nд\n\n".utf8))
  }

  func testLeavesCleanTextAlone() {
    XCTAssertEqual(LineBreaks.normalizedBytes(of: "а\nб"), Array("а\nб".utf8))
  }
}
