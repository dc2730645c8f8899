import XCTest

@testable import Mustache

final class TemplateLambdaTests: XCTestCase {
  func testEqualityIsIdentity() {
    let first = TemplateLambda { $0 }
    let copy = first
    let other = TemplateLambda { $0 }
    XCTAssertEqual(first, copy)
    XCTAssertNotEqual(first, other)
    XCTAssertEqual(TemplateValue.lambda(first), TemplateValue.lambda(copy))
  }

  func testCallPassesTheText() {
    let shout = TemplateLambda { $0.uppercased() }
    XCTAssertEqual(shout("урок"), "УРОК")
  }

  func testInterpolatedResultIsRenderedThenEscaped() throws {
    let context: TemplateValue = [
      "name": "<Анна>", "greet": .lambda(TemplateLambda { _ in "Привет, {{{name}}}!" }),
    ]
    XCTAssertEqual(try render("{{greet}}", context), "Привет, &lt;Анна&gt;!")
    XCTAssertEqual(try render("{{{greet}}}", context), "Привет, <Анна>!")
  }

  func testSectionGetsRawTextAndResultIsRendered() throws {
    let context: TemplateValue = [
      "title": "Дроби", "bold": .lambda(TemplateLambda { "<b>" + $0 + "</b>" }),
    ]
    XCTAssertEqual(try render("{{#bold}}{{title}}{{/bold}}", context), "<b>Дроби</b>")
  }

  func testResultMayUsePartials() throws {
    let context: TemplateValue = ["card": .lambda(TemplateLambda { _ in "{{>c}}" }), "x": "1"]
    XCTAssertEqual(try render("[{{card}}]", context, partials: ["c": "card {{x}}"]), "[card 1]")
  }

  func testInvertedSectionDoesNotCallTheLambda() throws {
    let context: TemplateValue = ["l": .lambda(TemplateLambda { _ in "called" })]
    XCTAssertEqual(try render("<{{^l}}no{{/l}}>", context), "<>")
  }

  func testInvalidResultIsAnErrorAtTheTag() {
    let context: TemplateValue = ["l": .lambda(TemplateLambda { _ in "{{#x}}" })]
    XCTAssertEqual(
      renderError("ab\n  {{l}}", context),
      TemplateError(
        file: "t", line: 2, column: 3,
        message: "the text returned by lambda 'l' is not a valid template: line 1, column 1: "
          + "unclosed section 'x': no closing tag '{{/x}}' follows"))
  }
}
