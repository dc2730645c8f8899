import XCTest

@testable import Markdown

/// Lines that end a table because they start a block under GFM.
final class TableLineRulesTests: XCTestCase {
  private func startsBlock(_ line: String) -> Bool {
    withBytes(line) { TableLineRules.startsBlock($0, 0..<$0.count) }
  }

  func testBlockStartsEndTables() {
    XCTAssertTrue(startsBlock("    code"))
    XCTAssertTrue(startsBlock("\tcode"))
    XCTAssertTrue(startsBlock("2. item"))
    XCTAssertTrue(startsBlock("10) item"))
    XCTAssertTrue(startsBlock("-"))
    XCTAssertTrue(startsBlock("---"))
    XCTAssertTrue(startsBlock(" * * *"))
    XCTAssertTrue(startsBlock("<span class=\"x\">"))
    XCTAssertTrue(startsBlock("</span>"))
    XCTAssertTrue(startsBlock("<br/>  "))
  }

  func testRowsDoNotEndTables() {
    XCTAssertFalse(startsBlock("| a | b |"))
    XCTAssertFalse(startsBlock("a | b"))
    XCTAssertFalse(startsBlock("==="))
    XCTAssertFalse(startsBlock("--"))
    XCTAssertFalse(startsBlock("1.5 | x"))
    XCTAssertFalse(startsBlock("<span>x</span>"))
    XCTAssertFalse(startsBlock("<b> | c"))
    XCTAssertFalse(startsBlock("   text"))
  }
}
