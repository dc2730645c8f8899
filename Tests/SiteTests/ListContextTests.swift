import XCTest

@testable import Site

final class ListContextTests: XCTestCase {
  func testFewPagesAreAllShown() {
    XCTAssertEqual(ContextBuilder.pageWindow(current: 1, total: 1), [1])
    XCTAssertEqual(ContextBuilder.pageWindow(current: 2, total: 5), [1, 2, 3, 4, 5])
    XCTAssertEqual(ContextBuilder.pageWindow(current: 4, total: 7), [1, 2, 3, 4, 5, 6, 7])
  }

  func testManyPagesShowTheEndsAndTwoAroundTheCurrentOne() {
    XCTAssertEqual(ContextBuilder.pageWindow(current: 1, total: 275), [1, 2, 3, nil, 275])
    XCTAssertEqual(
      ContextBuilder.pageWindow(current: 100, total: 275),
      [1, nil, 98, 99, 100, 101, 102, nil, 275])
    XCTAssertEqual(ContextBuilder.pageWindow(current: 275, total: 275), [1, nil, 273, 274, 275])
  }

  func testAGapOfOneNumberShowsTheNumber() {
    XCTAssertEqual(
      ContextBuilder.pageWindow(current: 5, total: 10), [1, 2, 3, 4, 5, 6, 7, nil, 10])
    XCTAssertEqual(
      ContextBuilder.pageWindow(current: 6, total: 10), [1, nil, 4, 5, 6, 7, 8, 9, 10])
  }

  func testTheWindowNeverGrowsWithTheNumberOfPages() {
    for total in [10, 100, 10_000] {
      for current in [1, total / 2, total] {
        XCTAssertLessThanOrEqual(ContextBuilder.pageWindow(current: current, total: total).count, 9)
      }
    }
  }
}
