import XCTest

@testable import Markdown

/// Issue 15: `## Заголовок {#id}` gives the heading that id (Pandoc, kramdown, Hugo).
final class ExplicitIDTests: XCTestCase {
  func testWrittenIDReplacesTheMadeOneAndLeavesTheText() {
    let document = Document(
      markdown: "## Как работает float {#float-algorithm}\n\n## Как работает float\n",
      options: MarkdownOptions(slugify: HeadingIDsTests.transliterate))
    XCTAssertEqual(document.outline.map(\.id), ["float-algorithm", "kak-rabotaet-float"])
    XCTAssertEqual(document.outline.map(\.text), ["Как работает float", "Как работает float"])
    XCTAssertEqual(
      document.renderHTML(),
      "<h2 id=\"float-algorithm\"><span id=\"как-работает-float-float-algorithm\"></span>"
        + "Как работает float</h2>\n"
        + "<h2 id=\"kak-rabotaet-float\"><span id=\"как-работает-float\"></span>"
        + "Как работает float</h2>\n")
    XCTAssertEqual(document.warnings, [])
  }

  func testMadeIDsAvoidWrittenOnes() {
    let document = Document(
      markdown: "## Цели\n\n## Другое {#tseli}\n",
      options: MarkdownOptions(slugify: HeadingIDsTests.transliterate))
    XCTAssertEqual(document.outline.map(\.id), ["tseli-1", "tseli"])
  }

  func testRepeatedWrittenIDIsReported() {
    let document = Document(
      markdown: "## Один {#x}\n\n## Два {#x}\n",
      options: MarkdownOptions(slugify: HeadingIDsTests.transliterate))
    XCTAssertEqual(document.outline.map(\.id), ["x", "dva"])
    XCTAssertEqual(
      document.warnings.map(\.description),
      [
        "3:1: the id '{#x}' is already used by another heading of this page; this heading"
          + " gets an id of its own, so choose a different one"
      ])
  }

  func testBracesThatAreNotAnIDStayText() {
    for text in ["Множество {1, 2}", "Код {#}", "Фигурные {# a b}"] {
      let document = Document(markdown: "## \(text)\n", options: MarkdownOptions(typography: false))
      XCTAssertEqual(document.outline.first?.text, text)
    }
  }
}
