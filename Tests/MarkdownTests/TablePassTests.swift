import CMark
import XCTest

@testable import Markdown

/// Tables inside other blocks, and the blocks around them.
final class TablePassTests: XCTestCase {
  private let options = MarkdownOptions(language: "en", rawHTML: .allow, typography: false)

  private func html(_ markdown: String) -> String {
    Document(markdown: markdown, options: options).renderHTML()
  }

  private let smallTable =
    "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n"

  func testTableInListItemAndBlockQuote() {
    XCTAssertEqual(
      html("- item\n\n  | a |\n  |---|\n  | b |\n"),
      "<ul>\n<li>\n<p>item</p>\n" + smallTable + "</li>\n</ul>\n")
    XCTAssertEqual(
      html("> | a |\n> |---|\n> | b |\n"), "<blockquote>\n" + smallTable + "</blockquote>\n")
  }

  func testSetextUnderlineAfterTableIsARule() {
    XCTAssertEqual(html("| a |\n|---|\n| b |\n---\n"), smallTable + "<hr />\n")
    XCTAssertEqual(
      html("| a |\n|---|\n| b |\n===\n"),
      "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n<tr>\n<td>===</td>\n</tr>\n</tbody>\n</table>\n"
    )
  }

  func testBlocksThatEndATable() {
    XCTAssertEqual(
      html("| a |\n|---|\n| b |\n    code\n"), smallTable + "<pre><code>code\n</code></pre>\n")
    XCTAssertEqual(
      html("| a |\n|---|\n| b |\n2. two\n"), smallTable + "<ol start=\"2\">\n<li>two</li>\n</ol>\n")
    XCTAssertEqual(html("| a |\n|---|\n| b |\n<span>\n"), smallTable + "<span>\n")
    XCTAssertEqual(html("| a |\n|---|\n| b |\n|\ntext\n"), smallTable + "<p>|\ntext</p>\n")
  }

  func testParagraphBeforeTableKeepsReferenceLinks() {
    XCTAssertEqual(
      html("See [x].\n| a |\n|---|\n| [x] |\n\n[x]: /u\n"),
      "<p>See <a href=\"/u\">x</a>.</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n"
        + "<tr>\n<td><a href=\"/u\">x</a></td>\n</tr>\n</tbody>\n</table>\n")
  }

  func testCellsAreInlineOnly() {
    XCTAssertEqual(
      html("| # h | > q | 1. l | - x |\n|-|-|-|-|\n"),
      "<table>\n<thead>\n<tr>\n<th># h</th>\n<th>&gt; q</th>\n<th>1. l</th>\n<th>- x</th>\n</tr>\n</thead>\n</table>\n"
    )
  }

  func testLinkPositionsInCellsWithEscapedPipes() {
    let markdown =
      "Intro\n\n| a \\| b | [x](x.md) |\n|---|---|\n| \\|\\| [y](y.md) | ё [z](z.md) |\n"
    let document = Document(markdown: markdown, options: MarkdownOptions(firstLine: 4))
    XCTAssertEqual(document.links.map { [$0.line, $0.column] }, [[6, 12], [8, 8], [8, 22]])
  }

  func testNoTablesMeansNoExtraWork() {
    let root = Node.make(CMARK_NODE_DOCUMENT)
    defer { root.free() }
    XCTAssertNil(
      TablePass(body: SourceText(Array("plain text: yes".utf8)), options: 0).run(root: root))
  }
}

final class PageTablesTests: XCTestCase {
  func testPageTablesAreFocusableAndAlignWithStyle() {
    var options = MarkdownOptions(typography: false)
    options.webPage = true
    let html = Document(markdown: "| a | b |\n|:-|-:|\n| 1 | 2 |\n", options: options).renderHTML()
    XCTAssertEqual(
      html,
      "<table tabindex=\"0\">\n<thead>\n<tr>\n<th style=\"text-align: left\">a</th>\n"
        + "<th style=\"text-align: right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td style=\"text-align: left\">1</td>\n<td style=\"text-align: right\">2</td>\n</tr>\n"
        + "</tbody>\n</table>\n")
  }
}

final class WebPageCodeBlockTests: XCTestCase {
  func testCodeBlocksAreFocusableOnWebPagesOnly() {
    var options = MarkdownOptions(typography: false)
    XCTAssertEqual(
      Document(markdown: "```swift\nlet a = 1\n```\n", options: options).renderHTML(),
      "<pre><code class=\"language-swift\">let a = 1\n</code></pre>\n")
    options.webPage = true
    XCTAssertEqual(
      Document(markdown: "```swift\nlet a = 1\n```\n", options: options).renderHTML(),
      "<pre tabindex=\"0\"><code class=\"language-swift\">let a = 1\n</code></pre>\n")
    XCTAssertEqual(
      Document(markdown: "    x\n", options: options).renderHTML(),
      "<pre tabindex=\"0\"><code>x\n</code></pre>\n")
  }
}

/// Plain cells skip the second parse; the cells that are parsed keep their positions.
final class PlainCellTableTests: XCTestCase {
  func testPlainAndParsedCellsTogether() {
    let markdown = "| a | *b* |\n|---|---|\n| c d | [x](x.md) «e» |\n| f | g |\n"
    for options in [
      MarkdownOptions(language: "en", typography: false), MarkdownOptions(),
      MarkdownOptions(language: "en"),
    ] {
      let document = Document(markdown: markdown, options: options)
      XCTAssertEqual(
        document.renderHTML(),
        "<table>\n<thead>\n<tr>\n<th>a</th>\n<th><em>b</em></th>\n</tr>\n</thead>\n<tbody>\n"
          + "<tr>\n<td>c d</td>\n<td><a href=\"x.md\">x</a> «e»</td>\n</tr>\n"
          + "<tr>\n<td>f</td>\n<td>g</td>\n</tr>\n</tbody>\n</table>\n")
      XCTAssertEqual(document.links.map { [$0.line, $0.column] }, [[3, 9]])
      XCTAssertEqual(document.plainText, "a b \nc d x «e» \nf g")
    }
  }

  /// A plain cell has no text node: its text, escaped, comes from the body, as cmark's
  /// text node would have given it.
  func testPlainCellTextIsEscapedAndCollected() {
    let markdown = "| x > y | \"q\" |\n|---|--:|\n| ёж: 1 | a ' b |\n"
    let document = Document(markdown: markdown, options: MarkdownOptions(typography: false))
    XCTAssertEqual(
      document.renderHTML(),
      "<table>\n<thead>\n<tr>\n<th>x &gt; y</th>\n<th align=\"right\">&quot;q&quot;</th>\n"
        + "</tr>\n</thead>\n<tbody>\n<tr>\n<td>ёж: 1</td>\n<td align=\"right\">a ' b</td>\n"
        + "</tr>\n</tbody>\n</table>\n")
    XCTAssertEqual(document.plainText, "x > y \"q\" \nёж: 1 a ' b")
  }

  func testOnlyPlainCellsParseNothing() {
    let body = SourceText(Array("| a | b |\n".utf8))
    var parser = FragmentParser(plainCells: PlainCell(smart: false, russian: true))
    XCTAssertEqual(parser.addCell(body, line: 1, range: 2..<3), 0)
    XCTAssertEqual(parser.addCell(body, line: 1, range: 6..<7), 1)
    XCTAssertTrue(parser.parse(body: body, options: CMARK_OPT_SOURCEPOS).bytes.isEmpty)
    XCTAssertEqual(parser.fragments.map(\.plainText), [2..<3, 6..<7])
  }
}
