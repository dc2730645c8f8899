import XCTest

@testable import Markdown

/// The MathML Core written for each construct, with the TeX kept in the annotation.
final class MathMLWriterTests: XCTestCase {
  private func body(_ tex: String) -> String {
    let math = Formula(tex: tex, display: false).html
    let start = math.range(of: "<semantics>")!.upperBound
    let end = math.range(of: "<annotation")!.lowerBound
    return String(math[start..<end])
  }

  func testWrapperAndAnnotation() {
    XCTAssertEqual(
      Formula(tex: "a<b", display: true).html,
      "<span class=\"formula\" tabindex=\"0\"><math display=\"block\"><semantics><mrow>"
        + "<mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
        + "<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math></span>"
    )
  }

  func testElements() {
    XCTAssertEqual(body("\\frac{1}{x}"), "<mfrac><mn>1</mn><mi>x</mi></mfrac>")
    XCTAssertEqual(body("\\sqrt{x}"), "<msqrt><mi>x</mi></msqrt>")
    XCTAssertEqual(body("\\sqrt[3]{x}"), "<mroot><mi>x</mi><mn>3</mn></mroot>")
    XCTAssertEqual(body("x_i^2"), "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    XCTAssertEqual(
      body("\\sum_{k}^{n}"), "<munderover><mo>∑</mo><mi>k</mi><mi>n</mi></munderover>")
    XCTAssertEqual(
      body("\\binom{n}{k}"),
      "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo>"
        + "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"
        + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")
    XCTAssertEqual(
      body("(x)"),
      "<mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>")
    XCTAssertEqual(body("\\sin"), "<mi>sin</mi>")
    XCTAssertEqual(body("\\mathrm{d}"), "<mi mathvariant=\"normal\">d</mi>")
    XCTAssertEqual(body("\\text{ если }"), "<mtext>\u{A0}если\u{A0}</mtext>")
    XCTAssertEqual(body("\\,"), "<mspace width=\"0.167em\"></mspace>")
    XCTAssertEqual(body("\\!"), "<mspace width=\"-0.167em\"></mspace>")
    XCTAssertEqual(
      body("\\vec{AB}"),
      "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">→</mo></mover>"
    )
    XCTAssertEqual(
      body("\\dot x"), "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>")
    XCTAssertEqual(
      body("\\underline x"),
      "<munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">_</mo></munder>")
    XCTAssertEqual(
      body("\\begin{aligned} a &= b \\end{aligned}"),
      "<mtable><mtr><mtd columnalign=\"right\"><mi>a</mi></mtd>"
        + "<mtd columnalign=\"left\"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>")
  }

  func testProblemShownAsCode() {
    let formula = Formula(tex: "\\foo<x>", display: false)
    XCTAssertEqual(formula.html, "<code class=\"math-error\">\\foo&lt;x&gt;</code>")
    XCTAssertEqual(formula.plainText, "\\foo<x>")
    XCTAssertNotNil(formula.problemMessage)
  }
}
