import XCTest

@testable import FrontMatter

final class YAMLParserBlockScalarTests: XCTestCase {
  func testLiteralKeepsLinesAndOneFinalBreak() {
    let value = parseOrFail("итоги: |\n  Первая строка\n    отступ\n\n  Третья\n\nb: 1\n")
    XCTAssertEqual(value["итоги"]?.string, "Первая строка\n  отступ\n\nТретья\n")
    XCTAssertEqual(value["итоги"]?.location, at(1, 8))
    XCTAssertEqual(value["b"]?.int, 1)
  }

  func testFoldedJoinsLinesWithSpaces() {
    XCTAssertEqual(
      shapeOf("a: >\n  one\n  two\n\n  three\n"), #"{a: "one two\nthree\n"}"#)
  }

  func testFoldedKeepsBreaksAroundMoreIndentedLines() {
    XCTAssertEqual(
      shapeOf("a: >\n  a\n  b\n    code\n  c\n"), #"{a: "a b\n  code\nc\n"}"#)
  }

  func testStripChomping() {
    XCTAssertEqual(shapeOf("a: |-\n  x\n  y\n\n\nb: 2\n"), #"{a: "x\ny", b: 2}"#)
    XCTAssertEqual(shapeOf("a: >-\n  x\n  y\n"), #"{a: "x y"}"#)
  }

  func testKeepChomping() {
    XCTAssertEqual(shapeOf("a: |+\n  x\n\n\nb: 2\n"), #"{a: "x\n\n\n", b: 2}"#)
  }

  func testExplicitIndentationIndicator() {
    XCTAssertEqual(shapeOf("a: |2\n    отступ\n  текст\n"), #"{a: "  отступ\nтекст\n"}"#)
    XCTAssertEqual(shapeOf("a: >-2\n   x\n"), #"{a: " x"}"#)
    XCTAssertEqual(shapeOf("a: |+1\n  x\n"), #"{a: " x\n"}"#)
  }

  func testHeaderComment() {
    XCTAssertEqual(shapeOf("a: | # пояснение\n  x\n"), #"{a: "x\n"}"#)
  }

  func testBlockScalarInSequence() {
    XCTAssertEqual(shapeOf("- |\n  x\n- >\n  y\n  z\n"), #"["x\n", "y z\n"]"#)
  }

  func testBlockScalarInCompactMapping() {
    XCTAssertEqual(
      shapeOf("- text: |\n    строка\n  next: 1\n"), #"[{text: "строка\n", next: 1}]"#)
  }

  func testLeadingEmptyLinesAreKept() {
    XCTAssertEqual(shapeOf("a: |\n\n  x\n"), #"{a: "\nx\n"}"#)
  }

  func testCommentLikeLinesInsideAreContent() {
    XCTAssertEqual(
      shapeOf("a: |\n  # не комментарий\n# комментарий\nb: 1\n"),
      ##"{a: "# не комментарий\n", b: 1}"##)
  }

  func testTabsAfterIndentationAreContent() {
    XCTAssertEqual(shapeOf("a: |\n  x\ty\n  \tz\n"), #"{a: "x\ty\n\tz\n"}"#)
  }

  func testEmptyBlockScalar() {
    XCTAssertEqual(shapeOf("a: |\nb: 1\n"), #"{a: "", b: 1}"#)
    XCTAssertEqual(shapeOf("a: >\n"), #"{a: ""}"#)
  }

  func testNoFinalBreakAtEndOfInput() {
    XCTAssertEqual(shapeOf("a: |\n  x"), #"{a: "x"}"#)
  }

  func testInvalidHeaderIsAnError() {
    let message =
      "invalid block scalar header: expected '|' or '>', then optionally '-', '+' or an"
      + " indentation digit 1-9, then the end of the line"
    assertYAMLError("a: |x\n  y\n", line: 1, column: 5, message)
    assertYAMLError("a: |0\n  y\n", line: 1, column: 5, message)
    assertYAMLError("a: >--\n  y\n", line: 1, column: 6, message)
  }
}
