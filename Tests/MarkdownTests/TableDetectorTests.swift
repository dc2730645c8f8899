import XCTest

@testable import Markdown

/// Where a table sits among a paragraph's lines.
final class TableDetectorTests: XCTestCase {
  private func layout(_ lines: [String], lazy: Set<Int> = [], underline: Bool = false)
    -> TableLayout?
  {
    let text = lines.joined(separator: "\n")
    let source = SourceText(Array(text.utf8))
    let content = lines.indices.map {
      ContentLine(number: $0 + 1, range: source.range(ofLine: $0 + 1), isLazy: lazy.contains($0))
    }
    return source.bytes.withUnsafeBufferPointer {
      TableLayout(lines: content, bytes: $0, hasUnderline: underline)
    }
  }

  func testTableAfterParagraphText() throws {
    let found = try XCTUnwrap(
      layout(["123", "456", "| a | b |", "| ---| --- |", "d | e", "    code", "more"]))
    XCTAssertEqual(found.leading, 0..<2)
    XCTAssertEqual(found.header, 2)
    XCTAssertEqual(found.alignments, [.none, .none])
    XCTAssertEqual(found.rows.count, 1)
    XCTAssertEqual(found.trailing, 5..<7)
  }

  func testHeaderMustMatchDelimiterCount() {
    XCTAssertNil(layout(["| a | b | c |", "| --- | --- |", "| x | y | z |"]))
  }

  func testLaterDelimiterRowIsFound() throws {
    let found = try XCTUnwrap(layout(["| a | b |", "| --- |", "| c |", "|---|", "| d |"]))
    XCTAssertEqual(found.header, 2)
    XCTAssertEqual(found.leading, 0..<2)
  }

  func testLazyLinesAreNoDelimiterAndEndTheBody() throws {
    XCTAssertNil(layout(["| a |", "|---|"], lazy: [1]))
    let found = try XCTUnwrap(layout(["| a |", "|---|", "| b |", "| c |"], lazy: [3]))
    XCTAssertEqual(found.rows.count, 1)
    XCTAssertEqual(found.trailing, 3..<4)
  }

  func testSetextUnderlineIsNeverTheDelimiterRow() throws {
    XCTAssertNil(layout(["a", "---"], underline: true))
    let found = try XCTUnwrap(layout(["| a |", "|---|", "| b |", "---"], underline: true))
    XCTAssertEqual(found.rows.count, 1)
    XCTAssertEqual(found.trailing, 3..<4)
  }
}
