import XCTest

@testable import Markdown

/// Issue 15: what the Markdown loses is a located warning saying what and what to do.
final class BlockChecksTests: XCTestCase {
  private func render(_ markdown: String, firstLine: Int = 1, rawHTML: RawHTMLPolicy = .drop)
    -> (html: String, warnings: [String])
  {
    let document = Document(
      markdown: markdown, options: MarkdownOptions(rawHTML: rawHTML, firstLine: firstLine))
    return (document.renderHTML(), document.warnings.map(\.description))
  }

  func testDroppedBlockHTMLNamesItsTag() {
    let result = render("Текст\n\n<div align=\"center\">\nшапка\n</div>\n", firstLine: 5)
    XCTAssertEqual(result.html, "<p>Текст</p>\n")
    XCTAssertEqual(
      result.warnings,
      [
        "7:1: the HTML tag <div> was left out of the page (HTML is not allowed in this site's"
          + " Markdown); write it in Markdown instead, or allow HTML with 'raw_html: true' in"
          + " site.yml"
      ])
  }

  func testDroppedInlineCodeTagSaysToUseBackticks() {
    let result = render("Тег <code>&lt;a&gt;</code> и <span>ещё</span>.\n")
    XCTAssertEqual(result.html, "<p>Тег &lt;a&gt; и ещё.</p>\n")
    XCTAssertEqual(
      result.warnings,
      [
        "1:5: the HTML tags <code>, <span> were left out of the page (HTML is not allowed in"
          + " this site's Markdown); write code between backticks instead (`<a>`), or allow"
          + " HTML with 'raw_html: true' in site.yml"
      ])
  }

  func testCommentsAndAllowedHTMLAreNotReported() {
    XCTAssertEqual(render("<!-- заметка -->\n\nТекст <!-- x -->.\n").warnings, [])
    let allowed = render("<div>x</div>\n\n<b>y</b>\n", rawHTML: .allow)
    XCTAssertEqual(allowed.warnings, [])
    XCTAssertEqual(allowed.html, "<div>x</div>\n<p><b>y</b></p>\n")
  }

  func testOtherIframesAreDroppedWithTheWarning() {
    let result = render("<iframe src=\"https://example.com/map\"></iframe>\n")
    XCTAssertEqual(result.html, "")
    XCTAssertEqual(
      result.warnings,
      [
        "1:1: the HTML tag <iframe> was left out of the page (HTML is not allowed in this"
          + " site's Markdown); only videos from YouTube, RuTube and VK Video can be embedded;"
          + " put a link to the page instead"
      ])
  }

  func testFenceWithABacktickInItsInfoStringIsReported() {
    let markdown = "```js title=\"a `defer` b\"\nlet x = 1\n```\n\n## Дальше\n"
    let result = render(markdown)
    XCTAssertEqual(
      result.html,
      "<p>```js title=«a <code>defer</code> b»\nlet x = 1</p>\n<pre><code>\n## Дальше\n</code></pre>\n"
    )
    XCTAssertEqual(
      result.warnings,
      [
        "1:1: this line looks like the start of a code block, but it is read as ordinary text"
          + " because the words after ``` contain a backtick (`); remove the backtick from this"
          + " line, or start the block with ~~~ instead",
        "3:1: this code block is never closed, so everything after it up to the end of the"
          + " file is shown as code; add a line ``` where the code ends",
      ])
  }

  func testInlineCodeWithTripleBackticksIsNotReported() {
    XCTAssertEqual(render("```код``` в строке\n").warnings, [])
  }

  func testCodeBlockCutShortByAHeadingIsReported() {
    let markdown = "- Шаг\n\n  ```\n  код\n## Итоги\n\nТекст\n"
    let result = render(markdown)
    XCTAssertEqual(
      result.html,
      "<ul>\n<li>\n<p>Шаг</p>\n<pre><code>код\n</code></pre>\n</li>\n</ul>\n"
        + "<h2 id=\"итоги\">Итоги</h2>\n<p>Текст</p>\n")
    XCTAssertEqual(
      result.warnings,
      [
        "3:3: this code block ends at line 4 without its closing ```, because the list item"
          + " or quote it belongs to ends there (a heading or unindented text follows); indent"
          + " every line of the code like the first, or close the block with ```"
      ])
  }

  func testClosedCodeBlocksAreNotReported() {
    XCTAssertEqual(render("```\nкод\n```\n\n> ~~~~\n> код\n> ~~~~\n\n    отступ\n").warnings, [])
  }
}

/// Anchors set by raw HTML survive when it is dropped; past five places, HTML is counted.
final class RawHTMLAnchorTests: XCTestCase {
  func testBareAnchorsAreKeptWithoutAWarning() {
    let document = Document(
      markdown: "## <span id=\"gimp-prefs\"></span>Настройка\n\n<a name=\"top\"></a>\n\n</div>\n")
    XCTAssertEqual(document.htmlAnchors, ["gimp-prefs", "top"])
    XCTAssertEqual(document.warnings, [])
    XCTAssertEqual(
      document.renderHTML(),
      "<h2 id=\"настройка\"><span id=\"gimp-prefs\"></span>Настройка</h2>\n"
        + "<p><span id=\"top\"></span></p>\n")
  }

  func testRawHTMLPastFivePlacesIsCountedInOneWarning() {
    let markdown = (1...8).map { "<div>\($0)</div>\n" }.joined(separator: "\n")
    let warnings = Document(markdown: markdown).warnings.map(\.description)
    XCTAssertEqual(warnings.count, 6)
    XCTAssertEqual(
      warnings.last,
      "11:1: HTML was left out in 3 more places of this page too (the last on line 15); rewrite"
        + " them in Markdown, or allow HTML with 'raw_html: true' in site.yml")
  }
}
