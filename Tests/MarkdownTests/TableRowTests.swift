import XCTest

@testable import Markdown

/// Splitting rows into cells and reading delimiter rows, by GFM's rules.
final class TableRowTests: XCTestCase {
  private func cells(_ line: String) -> [String]? {
    substrings(line, withBytes(line) { TableRow.cells($0, 0..<$0.count) })
  }

  private func delimiters(_ line: String) -> [TableAlignment]? {
    withBytes(line) { TableRow.delimiters($0, 0..<$0.count) }
  }

  func testCellsWithAndWithoutOuterPipes() {
    XCTAssertEqual(cells("| a | b |"), ["a", "b"])
    XCTAssertEqual(cells("a | b"), ["a", "b"])
    XCTAssertEqual(cells("  | a |  "), ["a"])
    XCTAssertEqual(cells("| a"), ["a"])
  }

  func testEmptyCellsAndLonePipe() {
    XCTAssertEqual(cells("| d || e |"), ["d", "", "e"])
    XCTAssertEqual(cells("| |"), [""])
    XCTAssertNil(cells("|"))
    XCTAssertNil(cells("   "))
  }

  func testEscapedPipesStayInTheCell() {
    XCTAssertEqual(cells("| a \\| b | `c\\|` |"), ["a \\| b", "`c\\|`"])
    XCTAssertEqual(cells("| a \\\\| b |"), ["a \\\\", "b"])
  }

  func testDelimiterRows() {
    XCTAssertEqual(delimiters("| --- | :-- | :-: | --: |"), [.none, .left, .center, .right])
    XCTAssertEqual(delimiters(":-: | -----------:"), [.center, .right])
    XCTAssertEqual(delimiters("--- |"), [.none])
    XCTAssertEqual(delimiters("|-|"), [.none])
    XCTAssertEqual(delimiters("   |---|"), [.none])
  }

  func testNotDelimiterRows() {
    XCTAssertNil(delimiters("    |---|"))
    XCTAssertNil(delimiters("| - - |"))
    XCTAssertNil(delimiters("| --- | x |"))
    XCTAssertNil(delimiters("|:|"))
    XCTAssertNil(delimiters("|-||"))
    XCTAssertNil(delimiters(""))
  }
}
