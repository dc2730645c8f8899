import XCTest

@testable import Mustache

/// Repeated lookups of one name must give what a fresh search would, however the context
/// stack changed in between.
final class LookupMemoTests: XCTestCase {
  func testAnswerFromAPoppedLevelIsNotReused() throws {
    let context: TemplateValue = ["x": 0, "a": ["x": 1], "b": ["x": 2], "c": ["y": 3]]
    XCTAssertEqual(
      try render("{{#a}}{{x}}{{/a}}{{#b}}{{x}}{{/b}}{{x}}{{#c}}{{x}}{{/c}}", context), "1200")
  }

  func testNewLevelsShadowAnEarlierAnswer() throws {
    let context: TemplateValue = ["x": 0, "list": [["x": 1], ["y": 2], ["x": 3]]]
    XCTAssertEqual(try render("{{x}}{{#list}}{{x}}{{/list}}{{x}}", context), "01030")
  }

  func testAMissIsRetriedOnNewLevels() throws {
    let context: TemplateValue = ["a": ["x": 1], "list": [["y": 1], ["x": 2]]]
    XCTAssertEqual(
      try render("[{{x}}]{{#a}}{{x}}{{/a}}{{#list}}{{x}}{{/list}}[{{x}}]", context), "[]12[]")
  }

  func testDottedAnswersFollowTheirFirstPart() throws {
    let context: TemplateValue = ["p": ["t": "root"], "list": [["p": ["t": "item"]], ["q": 1]]]
    XCTAssertEqual(
      try render("{{p.t}}{{#list}}{{p.t}}{{/list}}{{p.t}}", context), "rootitemrootroot")
  }

  func testEntriesStartEmpty() {
    let memo = LookupMemo(count: 3)
    XCTAssertEqual(memo.serial(of: 2), 0)
    XCTAssertEqual(memo.level(of: 2), -1)
  }
}
