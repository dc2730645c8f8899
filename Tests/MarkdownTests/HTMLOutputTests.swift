import XCTest

@testable import Markdown

/// HTML escaping as cmark does it.
final class HTMLOutputTests: XCTestCase {
  func testTextEscaping() {
    var output = HTMLOutput(capacity: 0)
    output.text("a & <b> \"c\" 'd' ё")
    XCTAssertEqual(
      String(decoding: output.bytes, as: UTF8.self), "a &amp; &lt;b&gt; &quot;c&quot; 'd' ё")
  }

  func testTextEscapingAtEveryOffset() {
    let pieces = ["ab", "ё", "&", "<", ">", "\"", ",", "1", " ", "'", "=", "?"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let count = Int.random(in: 0...24, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      var output = HTMLOutput(capacity: 0)
      output.text(text)
      let expected = text.replacingOccurrences(of: "&", with: "&amp;")
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
      XCTAssertEqual(String(decoding: output.bytes, as: UTF8.self), expected, text)
    }
  }

  func testURLEscaping() {
    var output = HTMLOutput(capacity: 0)
    output.url("/путь a?b=1&c='d'#[x]")
    XCTAssertEqual(
      String(decoding: output.bytes, as: UTF8.self),
      "/%D0%BF%D1%83%D1%82%D1%8C%20a?b=1&amp;c=&#x27;d&#x27;#%5Bx%5D")
  }

  func testDangerousDestinations() {
    XCTAssertTrue(HTMLOutput.isDangerous("JavaScript:alert(1)"))
    XCTAssertTrue(HTMLOutput.isDangerous("data:text/html;base64,x"))
    XCTAssertFalse(HTMLOutput.isDangerous("data:image/webp;base64,x"))
    XCTAssertFalse(HTMLOutput.isDangerous("https://javascript.ru"))
  }

  func testNewlineOnlyWhenNeeded() {
    var output = HTMLOutput(capacity: 0)
    output.newline()
    output.raw("<p>")
    output.newline()
    output.newline()
    XCTAssertEqual(String(decoding: output.bytes, as: UTF8.self), "<p>\n")
  }

  /// Assembled HTML has each destination escaped in its hole, at its exact size.
  func testAssembledHolesAreEscapedInPlace() {
    let document = Document(
      markdown: "[a](x.md) & [b](y'&z) ![c](п.png)\n", options: MarkdownOptions(typography: false))
    XCTAssertEqual(
      document.renderHTML { $0.destination == "x.md" ? "/x/" : nil },
      "<p><a href=\"/x/\">a</a> &amp; <a href=\"y&#x27;&amp;z\">b</a> "
        + "<img src=\"%D0%BF.png\" alt=\"c\" /></p>\n")
  }
}
