import XCTest

@testable import Mustache

final class TreeBuilderTests: XCTestCase {
  func testUnclosedSection() {
    XCTAssertEqual(
      compileError("Привет {{#items}}\n<li>"),
      TemplateError(
        file: "t.mustache", line: 1, column: 8,
        message: "unclosed section 'items': no closing tag '{{/items}}' follows"))
  }

  func testUnclosedInvertedSectionIsTheInnermost() {
    XCTAssertEqual(
      compileError("{{#a}}\n  {{^b}}"),
      TemplateError(
        file: "t.mustache", line: 2, column: 3,
        message: "unclosed inverted section 'b': no closing tag '{{/b}}' follows"))
  }

  func testUnclosedParentAndBlock() {
    XCTAssertEqual(
      compileError("{{<base}}\n", partials: ["base": ""]),
      TemplateError(
        file: "t.mustache", line: 1, column: 1,
        message: "unclosed parent tag 'base': no closing tag '{{/base}}' follows"))
    XCTAssertEqual(
      compileError("x{{$main}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 2,
        message: "unclosed block 'main': no closing tag '{{/main}}' follows"))
  }

  func testUnclosedSectionNamesTheDelimitersInForce() {
    XCTAssertEqual(
      compileError("{{=<% %>=}}<%#a%>")?.message,
      "unclosed section 'a': no closing tag '<%/a%>' follows")
  }

  func testMismatchedCloseTag() {
    XCTAssertEqual(
      compileError("Привет {{#items}}\n{{/item}}"),
      TemplateError(
        file: "t.mustache", line: 2, column: 1,
        message: "closing tag 'item' does not match the open section 'items' (line 1, column 8)"))
  }

  func testCloseTagWithoutOpenSection() {
    XCTAssertEqual(
      compileError("text {{/a}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 6,
        message: "closing tag 'a' has no open section to close"))
  }

  func testNestingIsLimited() throws {
    let deepest = String(repeating: "{{#a}}", count: 200) + String(repeating: "{{/a}}", count: 200)
    XCTAssertNil(compileError(deepest))
    XCTAssertEqual(
      compileError(String(repeating: "{{#a}}", count: 201)),
      TemplateError(
        file: "t.mustache", line: 1, column: 1201,
        message: "sections nested too deeply (more than 200 levels)"))
  }

  func testTextInsideAParentIsIgnored() throws {
    XCTAssertEqual(
      try render("{{<p}}ignored {{x}} {{$b}}B{{/b}} too{{/p}}", partials: ["p": "[{{$b}}{{/b}}]"]),
      "[B]")
  }

  func testStandaloneBlockIsReindentedAtItsSite() throws {
    let partials = ["base": "<body>\n    {{$main}}\n    {{/main}}\n</body>\n"]
    let template =
      "{{<base}}\n  {{$main}}\n  <h1>Уроки</h1>\n  <p>Текст</p>\n  {{/main}}\n{{/base}}\n"
    XCTAssertEqual(
      try render(template, partials: partials),
      "<body>\n    <h1>Уроки</h1>\n    <p>Текст</p>\n</body>\n")
  }

  func testDefaultBlockKeepsItsOwnIndentation() throws {
    XCTAssertEqual(
      try render("<ul>\n  {{$items}}\n  <li>1</li>\n    <li>2</li>\n  {{/items}}\n</ul>\n"),
      "<ul>\n  <li>1</li>\n    <li>2</li>\n</ul>\n")
  }

  func testLineStartsInsideIndentedPartials() throws {
    let partials = ["list": "<ul>\n{{#items}}\n  <li>{{.}}</li>\n{{/items}}\n</ul>\n"]
    XCTAssertEqual(
      try render("<nav>\n  {{> list}}\n</nav>\n", ["items": ["а", "б"]], partials: partials),
      "<nav>\n  <ul>\n    <li>а</li>\n    <li>б</li>\n  </ul>\n</nav>\n")
  }

  func testEmptyLinesOfAnIndentedPartialGetNoIndentation() throws {
    XCTAssertEqual(try render("  {{> p}}", partials: ["p": "a\n\nb\n"]), "  a\n\n  b\n")
  }
}
