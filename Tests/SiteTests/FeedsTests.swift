import XCTest

@testable import Site

final class FeedsTests: XCTestCase {
  func testXMLEscapesMarkupCharacters() {
    XCTAssertEqual(
      XML.escape(#"«Дроби» & <b>"5'6"</b>"#),
      "«Дроби» &amp; &lt;b&gt;&quot;5&apos;6&quot;&lt;/b&gt;")
  }

  func testXMLLeavesOutControlCharactersButKeepsLineEnds() {
    XCTAssertEqual(XML.escape("a\u{1}b\u{1F}c\td\ne\rf"), "abc\td\ne\rf")
  }

  func testTextWithoutSpecialCharactersIsUnchanged() {
    let text = "Урок — сложение дробей, 5–6 классы"
    XCTAssertEqual(XML.escape(text), text)
    XCTAssertEqual(XML.escape(""), "")
  }

  /// Issue 19: U+FFFE in a title made feed.xml not well-formed.
  func testXMLLeavesOutNoncharacters() {
    XCTAssertEqual(XML.escape("a\u{FFFE}b\u{FFFF}c\u{FFFD}"), "abc\u{FFFD}")
  }

}
