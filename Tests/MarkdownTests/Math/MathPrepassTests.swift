import XCTest

@testable import Markdown

/// Formulas found before cmark reads the page: they reach the HTML as MathML, untouched by
/// emphasis, escapes and typography, and the page's positions stay true.
final class MathPrepassTests: XCTestCase {
  private func html(_ markdown: String) -> String {
    Document(markdown: markdown).renderHTML()
  }

  func testInlineAndDisplayFormulas() {
    let page = html("Пусть $x_1*y_1$ и \\(\\sqrt{2}\\), а \\[a*b*c\\] и $$1$$.")
    XCTAssertEqual(page.components(separatedBy: "<math>").count - 1, 2)
    XCTAssertEqual(page.components(separatedBy: "<math display=\"block\">").count - 1, 2)
    XCTAssertFalse(page.contains("<em>"))
    XCTAssertTrue(page.contains("x-tex\">\\sqrt{2}</annotation>"))
  }

  func testDisplayFormulaOverLines() {
    let page = html("$$\n\\begin{cases} x = 1, \\\\\n y = 2 \\end{cases}\n$$\n")
    XCTAssertTrue(
      page.hasPrefix("<p><span class=\"formula\" tabindex=\"0\"><math display=\"block\">"))
    XCTAssertTrue(page.contains("<mtd columnalign=\"left\"><mi>y</mi>"))
    XCTAssertFalse(page.contains("\n</p>"), page)
  }

  func testStarsBetweenDigitsStayMultiplication() {
    XCTAssertEqual(html("2*2*2 = 8 и *важно*"), "<p>2*2*2 = 8 и <em>важно</em></p>\n")
  }

  func testNotMathStaysText() {
    XCTAssertEqual(
      html("Цена 100 $, а `$x$` — код."), "<p>Цена 100 $, а <code>$x$</code> — код.</p>\n")
    XCTAssertEqual(html("```\n$x$\n```\n"), "<pre><code>$x$\n</code></pre>\n")
  }

  func testTypographyDoesNotRunInside() {
    let page = html("Ответ: «$a - b$» -- \"$x$\"")
    XCTAssertTrue(page.contains("<mi>a</mi><mo>−</mo><mi>b</mi>"))
    XCTAssertTrue(page.contains("«<math>"), page)
  }

  func testMathBlockAndTableCellAndHeading() {
    let page = html(
      "# Ряд $S_n$\n\n| a | $|x|$ |\n|---|---|\n| 1 | 2 |\n\n```math\n\\frac{1}{2}\n```\n")
    XCTAssertTrue(page.hasPrefix("<h1 id=\"ряд-sn\">"), page)
    XCTAssertTrue(page.contains("Ряд <math><semantics><msub>"), page)
    XCTAssertTrue(page.contains("<th><math><semantics><mrow><mo stretchy=\"false\">|</mo>"))
    XCTAssertTrue(
      page.contains(
        "<p class=\"math-block\"><span class=\"formula\" tabindex=\"0\"><math display=\"block\"><semantics><mfrac>"
      ))
  }

  func testPlainTextAndImageAlt() {
    let document = Document(markdown: "Число $\\pi \\approx 3.14$ и ![круг $r$](c.png)")
    XCTAssertTrue(document.plainText.contains("π≈3.14"))
    XCTAssertTrue(document.renderHTML().contains("alt=\"круг r\""))
  }

  func testWarningsAreLocatedAndFormulaKept() {
    var options = MarkdownOptions()
    options.firstLine = 5
    let document = Document(
      markdown: "Текст\n\nИ $x + \\foo$ и\n\n```math\n\\left( x\n```\n", options: options)
    XCTAssertEqual(document.formulaWarnings.map(\.line), [7, 9])
    XCTAssertEqual(document.formulaWarnings.first?.column, 3)
    XCTAssertTrue(document.formulaWarnings[0].message.contains("unknown command '\\foo'"))
    XCTAssertTrue(document.renderHTML().contains("<code class=\"math-error\">x + \\foo</code>"))
  }

  func testLinkPositionsAfterFormulas() {
    let document = Document(markdown: "$\\text{ключ}$ $$x$$ [a](b.md)")
    XCTAssertEqual(document.links.first?.column, 21)
  }

  func testControlBytesOfThePlaceholdersInTheTextAreNotFormulas() {
    // Found by the Markdown fuzz target: text holding 0x02 was taken for a placeholder.
    let page = Document(markdown: "Ур\u{0}\u{2}о\u{3} $x$ и \u{1}\u{4}\n").renderHTML()
    XCTAssertTrue(page.contains("Ур\u{FFFD}\u{FFFD}о\u{FFFD} <math>"), page)
    XCTAssertTrue(page.contains("и \u{FFFD}\u{FFFD}</p>"), page)
    let plain = Document(markdown: "a\u{2}b\n", options: MarkdownOptions()).renderHTML()
    XCTAssertEqual(plain, "<p>a\u{FFFD}b</p>\n")
  }
}

/// Images on a web page: the first loads at once, later ones when they come near the screen.
final class ImageLoadingTests: XCTestCase {
  func testImagesAfterTheFirstLoadLazily() {
    var options = MarkdownOptions()
    options.webPage = true
    let page = Document(markdown: "![a](1.png)\n\n![b](2.png) ![c](3.png)", options: options)
      .renderHTML()
    XCTAssertEqual(page.components(separatedBy: "loading=\"lazy\" decoding=\"async\"").count - 1, 2)
    XCTAssertTrue(page.contains("alt=\"a\" />"))
    XCTAssertFalse(Document(markdown: "![a](1.png) ![b](2.png)").renderHTML().contains("lazy"))
  }
}
