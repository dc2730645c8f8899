import XCTest

@testable import Mustache

final class LexerTests: XCTestCase {
  func testUnclosedTag() {
    XCTAssertEqual(
      compileError("a\n  {{name"),
      TemplateError(
        file: "t.mustache", line: 2, column: 3, message: "unclosed tag: '{{' without '}}'"))
  }

  func testUnclosedTripleMustache() {
    XCTAssertEqual(
      compileError("Имя: {{{name}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 6, message: "unclosed tag: '{{{' without '}}}'"))
  }

  func testUnclosedTagWithChangedDelimiters() {
    XCTAssertEqual(
      compileError("{{=<% %>=}}\nx <%name"),
      TemplateError(
        file: "t.mustache", line: 2, column: 3, message: "unclosed tag: '<%' without '%>'"))
  }

  func testSetDelimiterTagWithoutClosingEqualsSign() {
    XCTAssertEqual(
      compileError("x {{=<% %>}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 3,
        message: "bad set-delimiter tag: it must end with '=' before the closing delimiter, "
          + "as in '{{=<% %>=}}'"))
  }

  func testSetDelimiterTagWithThreeParts() {
    XCTAssertEqual(
      compileError("{{= a b c =}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 1,
        message: "bad set-delimiter tag: expected two delimiters separated by a space, "
          + "as in '{{=<% %>=}}'"))
  }

  func testSetDelimiterTagWithOneDelimiter() {
    XCTAssertEqual(
      compileError("{{=<% %>=}}<%=[=%>")?.message,
      "bad set-delimiter tag: expected two delimiters separated by a space, as in '<%=<% %>=%>'")
  }

  func testEmptyTag() {
    XCTAssertEqual(
      compileError("x\n{{ }}"),
      TemplateError(
        file: "t.mustache", line: 2, column: 1,
        message: "empty tag: a name is expected between '{{' and '}}'"))
    XCTAssertEqual(
      compileError("{{#}}{{/}}")?.message, "empty tag: a name is expected between '{{' and '}}'")
    XCTAssertEqual(
      compileError("{{>*}}")?.message, "empty tag: a name is expected between '{{' and '}}'")
  }

  func testNameWithSpace() {
    XCTAssertEqual(
      compileError("{{#a b}}x{{/a b}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 1,
        message: "bad tag name 'a b': a name cannot contain spaces"))
  }

  func testDottedNameWithEmptyPart() {
    XCTAssertEqual(
      compileError("{{a..b}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 1,
        message: "bad name 'a..b': a dotted name needs a name between the dots"))
    XCTAssertEqual(
      compileError("{{#.a}}{{/.a}}")?.message,
      "bad name '.a': a dotted name needs a name between the dots")
  }

  func testColumnsCountLettersNotBytes() {
    XCTAssertEqual(compileError("Привет, {{name")?.column, 9)
  }

  func testChangedDelimitersAreUsedAndDefaultTagsAreText() throws {
    XCTAssertEqual(try render("{{=<% %>=}}<%a%> {{a}}", ["a": "x"]), "x {{a}}")
  }

  func testTripleMustacheWorksWithChangedDelimiters() throws {
    XCTAssertEqual(try render("{{=<% %>=}}<%{a}%>|<%&a%>", ["a": "<b>"]), "<b>|<b>")
  }

  func testSpacesMayPrecedeTheSigil() throws {
    XCTAssertEqual(try render("{{ #a }}x{{ /a }}", ["a": true]), "x")
  }

  func testDynamicNameMayHaveSpaceAfterAsterisk() throws {
    XCTAssertEqual(try render("{{> * kind }}", ["kind": "p"], partials: ["p": "P"]), "P")
  }

  func testCommentsMaySpanLines() throws {
    XCTAssertEqual(try render("a{{! one\ntwo }}b"), "ab")
  }
}
