import XCTest

@testable import Markdown

/// Autolinks and strikethrough where they must not apply, and how they meet other inlines.
final class InlinePassTests: XCTestCase {
  private func html(_ markdown: String) -> String {
    Document(
      markdown: markdown,
      options: MarkdownOptions(language: "en", rawHTML: .allow, typography: false)
    )
    .renderHTML()
  }

  func testNoAutolinksInCodeLinksOrImages() {
    XCTAssertEqual(
      html("`www.a.ru` [www.b.ru](x) ![http://c.ru](i.png) <http://d.ru>\n"),
      "<p><code>www.a.ru</code> <a href=\"x\">www.b.ru</a> <img src=\"i.png\" alt=\"http://c.ru\" /> "
        + "<a href=\"http://d.ru\">http://d.ru</a></p>\n")
  }

  func testAutolinksAfterInlines() {
    XCTAssertEqual(
      html("*a*www.b.ru `c`www.d.ru\nwww.e.ru\n"),
      "<p><em>a</em><a href=\"http://www.b.ru\">www.b.ru</a> <code>c</code>www.d.ru\n"
        + "<a href=\"http://www.e.ru\">www.e.ru</a></p>\n")
  }

  func testEscapedTildesDoNotStrike() {
    XCTAssertEqual(html("\\~a~ and &#126;b~ and ~c\\~\n"), "<p>~a~ and ~b~ and ~c~</p>\n")
  }

  func testStrikethroughAroundAndInsideOtherInlines() {
    XCTAssertEqual(
      html("~~**a** [b](u)~~ *~c~* [~~d~~](v)\n"),
      "<p><del><strong>a</strong> <a href=\"u\">b</a></del> <em><del>c</del></em> <a href=\"v\"><del>d</del></a></p>\n"
    )
  }

  func testStrikethroughNeedsOneParent() {
    XCTAssertEqual(html("~~a *b~~ c*\n"), "<p>~~a <em>b~~ c</em></p>\n")
  }

  func testStrikethroughAcrossSoftBreaks() {
    XCTAssertEqual(html("~~a\nb~~\n"), "<p><del>a\nb</del></p>\n")
  }
}

/// The one-pass scan that tells which inline passes have work in a text.
final class TextItemTests: XCTestCase {
  private func features(_ text: String, russian: Bool = true) -> TextItem.Features {
    withBytes(text) { TextItem.Features.scan($0, russian: russian) }
  }

  func testFeatures() {
    XCTAssertEqual(features("просто текст, 10:30, w.w.w - x"), [])
    XCTAssertEqual(features("a@b"), .links)
    XCTAssertEqual(features("см. http://x"), .links)
    XCTAssertEqual(features("www.x"), .links)
    XCTAssertEqual(features("~a~"), .tildes)
    XCTAssertEqual(features("\"a\" -- b"), .typography)
    XCTAssertEqual(features("\"a\" -- b", russian: false), [])
  }

  /// The features a byte-by-byte look finds.
  private func slowFeatures(_ text: String, russian: Bool) -> TextItem.Features {
    let bytes = Array(text.utf8)
    var found: TextItem.Features = []
    for index in bytes.indices {
      let rest = bytes[index...]
      if rest.starts(with: "@".utf8) || rest.starts(with: "://".utf8)
        || rest.starts(with: "www.".utf8)
      {
        found.insert(.links)
      }
      if rest.starts(with: "~".utf8) { found.insert(.tildes) }
      if russian && (rest.starts(with: "\"".utf8) || rest.starts(with: "--".utf8)) {
        found.insert(.typography)
      }
    }
    return found
  }

  func testFeaturesAtEveryOffset() {
    let pieces = ["ab", "ё", "@", ":", "/", "w", ".", "~", "\"", "-", " ", ","]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let count = Int.random(in: 0...20, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      for russian in [false, true] {
        XCTAssertEqual(features(text, russian: russian), slowFeatures(text, russian: russian), text)
      }
    }
  }
}
