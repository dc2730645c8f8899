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

  func testEverySectionHasItsOwnFeedLinkedFromItsPage() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["build", "--source", site.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let lessons = try XCTUnwrap(TestSupport.read("public/lessons/feed.xml", in: site))
    let all = try XCTUnwrap(TestSupport.read("public/feed.xml", in: site))
    let lessonEntries = lessons.components(separatedBy: "<entry>").count - 1
    XCTAssertGreaterThan(lessonEntries, 0)
    XCTAssertLessThan(lessonEntries, all.components(separatedBy: "<entry>").count - 1)
    XCTAssertTrue(
      lessons.contains("<link rel=\"self\" href=\"https://example.org/mo/lessons/feed.xml\"/>"))
    XCTAssertFalse(lessons.contains("/seminars/"))
    let section = try XCTUnwrap(TestSupport.read("public/lessons/index.html", in: site))
    XCTAssertTrue(
      section.contains("<a href=\"../lessons/feed.xml\">Лента этого раздела (Atom)</a>"))
    XCTAssertTrue(section.contains("type=\"application/atom+xml\" href=\"../lessons/feed.xml\""))
  }
}
