import Foundation
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

  func testALongSectionShowsAWindowOfPageLinksWithGaps() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: site) }
    let lessons = site.appendingPathComponent("content/lessons")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    try Data("title: Уроки\npaginate: 2\nbase_url: \"\"\n".utf8).write(
      to: site.appendingPathComponent("site.yml"))
    for number in 1...30 {
      let text =
        "---\ntitle: Урок \(number)\ndate: 2024-01-\(String(format: "%02d", number))\n---\nТекст.\n"
      try Data(text.utf8).write(to: lessons.appendingPathComponent("urok-\(number).md"))
    }
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    let report = SiteBuilder.build(options)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    let html = try XCTUnwrap(TestSupport.read("public/lessons/page/8/index.html", in: site))
    let shown = html.components(separatedBy: "page/").compactMap { part -> Int? in
      Int(part.prefix { $0.isNumber })
    }
    XCTAssertEqual(Set(shown), [6, 7, 8, 9, 10, 15], "page 1 is the section's own folder")
    XCTAssertEqual(html.components(separatedBy: "class=\"gap\"").count - 1, 2)
    XCTAssertTrue(html.contains("aria-current=\"page\""))
  }
}
