import XCTest

@testable import Markdown

/// Issue 19: `![[]()` × 160,000 took libcmark 0.30.2 47 s; such a paragraph is found first.
final class SlowShapesTests: XCTestCase {
  func testOpenImageBracketsBeforeLinksAreFoundAtTheirParagraph() {
    let text = "Обычный текст.\n\n" + String(repeating: "![[]()", count: 10_000)
    let found = SlowShapes.find(Array(text.utf8), firstLine: 4)
    XCTAssertEqual(found?.line, 6)
    XCTAssertEqual(found?.column, 1)
    XCTAssertTrue(found?.message.contains("libcmark 0.30.2") ?? false)
  }

  func testOrdinaryPagesAndSplitParagraphsPass() {
    let links = String(repeating: "[план](plan.md) ![фото](a.png) ", count: 50_000)
    XCTAssertNil(SlowShapes.find(Array(links.utf8), firstLine: 1))
    let split = String(repeating: String(repeating: "![[]()", count: 1000) + "\n\n", count: 50)
    XCTAssertNil(SlowShapes.find(Array(split.utf8), firstLine: 1))
    let escaped = String(repeating: "!\\[[]()", count: 10_000)
    XCTAssertNil(SlowShapes.find(Array(escaped.utf8), firstLine: 1))
  }
}
