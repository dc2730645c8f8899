import XCTest

@testable import Markdown

/// Links shown as text when the resolver says they lead nowhere.
final class RenderedHTMLTests: XCTestCase {
  func testLinksAndImagesCanBeShownAsText() {
    let document = Document(
      markdown: "[*план*](a.md \"т\") ![фото](b.png) [![лого](c.png)](d.md) [e](e.md)\n",
      options: MarkdownOptions(typography: false))
    let html = document.htmlBytes { link in
      switch link.destination {
      case "a.md", "b.png", "d.md": return .text
      case "c.png": return .destination("../c.png")
      default: return .written
      }
    }
    XCTAssertEqual(
      String(decoding: html, as: UTF8.self),
      "<p><em>план</em> фото <img src=\"../c.png\" alt=\"лого\" /> <a href=\"e.md\">e</a></p>\n")
  }

  func testImagesGetTheirSizeAndLinksDoNot() {
    let document = Document(
      markdown: "![a](a.png \"t\") [b](b.md)\n", options: MarkdownOptions(typography: false))
    let html = document.htmlBytes { link in
      .image("x/" + link.destination, width: 30, height: 20)
    }
    XCTAssertEqual(
      String(decoding: html, as: UTF8.self),
      "<p><img src=\"x/a.png\" alt=\"a\" width=\"30\" height=\"20\" title=\"t\" />"
        + " <a href=\"x/b.md\">b</a></p>\n")
  }
}
