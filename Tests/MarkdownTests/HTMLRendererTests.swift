import CMark
import XCTest

@testable import Markdown

/// Our renderer writes cmark's HTML: with the GFM passes off, every example of spec.txt
/// renders byte for byte as `cmark_markdown_to_html` renders it (raw HTML allowed).
final class HTMLRendererTests: XCTestCase {
  func testMatchesCMarkOnEverySpecExample() throws {
    let examples = try SpecExample.load("spec.txt")
    let options = MarkdownOptions(language: "en", rawHTML: .allow, typography: false)
    var same = 0
    for example in examples {
      let ours = Document(markdown: example.markdown, options: options, extensions: false)
        .renderHTML()
      let theirs = Self.cmarkHTML(example.markdown, flags: CMARK_OPT_UNSAFE)
      if ours == theirs {
        same += 1
      } else {
        XCTFail("spec.txt:\(example.line)\n--- cmark\n\(theirs)--- ours\n\(ours)")
      }
    }
    print("renderer: \(same)/\(examples.count) spec examples identical to cmark_render_html")
  }

  func testSmartPunctuationMatchesCMark() {
    let markdown = "\"Hello,\" she said -- 'it's' fine... --- yes\n"
    let options = MarkdownOptions(language: "en", rawHTML: .allow)
    let ours = Document(markdown: markdown, options: options, extensions: false).renderHTML()
    XCTAssertEqual(ours, Self.cmarkHTML(markdown, flags: CMARK_OPT_UNSAFE | CMARK_OPT_SMART))
    XCTAssertEqual(ours, "<p>“Hello,” she said – ‘it’s’ fine… — yes</p>\n")
  }

  func testSafeModeDropsDangerousDestinations() {
    let markdown = "[a](javascript:alert(1)) ![b](data:image/png;base64,AA) [c](DATA:text/html,x)\n"
    let html = Document(markdown: markdown, options: MarkdownOptions(rawHTML: .drop)).renderHTML()
    XCTAssertEqual(
      html,
      "<p><a href=\"\">a</a> <img src=\"data:image/png;base64,AA\" alt=\"b\" /> <a href=\"\">c</a></p>\n"
    )
    let allowed = Document(markdown: markdown, options: MarkdownOptions(rawHTML: .allow))
      .renderHTML()
    XCTAssertTrue(allowed.contains("href=\"javascript:alert(1)\""))
  }

  func testURLEscaping() {
    let html = Document(markdown: "[x](/a b?c=1&d='e'#ф)\n[y](</a b?c=1&d='e'#ф>)\n").renderHTML()
    XCTAssertEqual(
      html,
      "<p>[x](/a b?c=1&amp;d='e'#ф)\n<a href=\"/a%20b?c=1&amp;d=&#x27;e&#x27;#%D1%84\">y</a></p>\n")
  }

  func testATitledImageAloneIsAFigureOnWebPages() {
    let markdown =
      "![Схема](a.png \"Рис. 1\")\n\n![Без подписи](b.png)\n\nТекст ![c](c.png \"т\")\n"
    let web = Document(markdown: markdown, options: MarkdownOptions(webPage: true)).renderHTML()
    XCTAssertEqual(
      web,
      "<figure><img src=\"a.png\" alt=\"Схема\" /><figcaption>Рис. 1</figcaption></figure>\n"
        + "<p><img src=\"b.png\" alt=\"Без подписи\" loading=\"lazy\" decoding=\"async\" /></p>\n"
        + "<p>Текст <img src=\"c.png\" alt=\"c\" title=\"т\" loading=\"lazy\" decoding=\"async\" />"
        + "</p>\n")
    let plain = Document(markdown: markdown, options: MarkdownOptions()).renderHTML()
    XCTAssertTrue(plain.hasPrefix("<p><img src=\"a.png\" alt=\"Схема\" title=\"Рис. 1\" /></p>"))
  }

  static func cmarkHTML(_ markdown: String, flags: Int32) -> String {
    let bytes = Array(markdown.utf8)
    let html = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_markdown_to_html($0.baseAddress, $0.count, flags)
      }
    }
    guard let html else { return "" }
    defer { free(html) }
    return String(cString: html)
  }
}
