import XCTest

@testable import Markdown

/// Flanking rules and the pairing of `~` and `"` runs.
final class DelimitersTests: XCTestCase {
  private func run(_ length: Int, open: Bool, close: Bool, at position: Int = 0) -> DelimiterRun {
    DelimiterRun(item: 0, range: position..<position + length, canOpen: open, canClose: close)
  }

  func testFlanking() {
    XCTAssertTrue(Delimiters.flanking(before: " ", after: "a") == (true, false))
    XCTAssertTrue(Delimiters.flanking(before: "a", after: " ") == (false, true))
    XCTAssertTrue(Delimiters.flanking(before: "a", after: "b") == (true, true))
    XCTAssertTrue(Delimiters.flanking(before: " ", after: " ") == (false, false))
    XCTAssertTrue(Delimiters.flanking(before: "\u{A0}", after: "б") == (true, false))
    XCTAssertTrue(Delimiters.flanking(before: "«", after: "б") == (true, false))
    XCTAssertTrue(Delimiters.flanking(before: "a", after: "»") == (false, true))
  }

  func testStrikethroughNeedsEqualLengths() {
    let runs = [run(1, open: true, close: false), run(2, open: false, close: true, at: 5)]
    XCTAssertTrue(Delimiters.strikethroughPairs(runs).isEmpty)
  }

  func testStrikethroughPairsInnermostFirst() {
    let runs = [
      run(2, open: true, close: false), run(1, open: true, close: false, at: 4),
      run(1, open: false, close: true, at: 8), run(2, open: false, close: true, at: 12),
    ]
    let pairs = Delimiters.strikethroughPairs(runs)
    XCTAssertEqual(pairs.map(\.opener), [1, 0])
    XCTAssertEqual(pairs.map(\.closer), [2, 3])
  }

  func testAMismatchedCloserLeavesTheOpenerForALaterOne() {
    // `~a ~~b~ c~~`: the `~` after b meets `~~` first and gives up, as in cmark-gfm.
    let runs = [
      run(1, open: true, close: false), run(2, open: true, close: false, at: 3),
      run(1, open: false, close: true, at: 6), run(2, open: false, close: true, at: 9),
    ]
    let pairs = Delimiters.strikethroughPairs(runs)
    XCTAssertEqual(pairs.map(\.opener), [1])
    XCTAssertEqual(pairs.map(\.closer), [3])
  }

  func testQuotePairsNest() {
    let runs = [
      run(1, open: true, close: false), run(1, open: true, close: false, at: 2),
      run(1, open: false, close: true, at: 4), run(1, open: false, close: true, at: 6),
    ]
    let pairs = Delimiters.quotePairs(runs)
    XCTAssertEqual(pairs.map(\.opener), [1, 0])
    XCTAssertEqual(pairs.map(\.closer), [2, 3])
  }
}
