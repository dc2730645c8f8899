import XCTest

@testable import Mustache

final class StandaloneTests: XCTestCase {
  func testStandaloneSectionLinesAreRemovedWithCRLF() throws {
    XCTAssertEqual(try render("a\r\n  {{#b}}\r\nx\r\n{{/b}}\r\n", ["b": true]), "a\r\nx\r\n")
  }

  func testStandaloneCommentLineIsRemovedWithItsIndentation() throws {
    XCTAssertEqual(try render("<ul>\n    {{! список }}\n</ul>\n"), "<ul>\n</ul>\n")
  }

  func testTwoSectionTagsOnALineAreNotStandalone() throws {
    XCTAssertEqual(try render("{{#a}}{{/a}}\nx", ["a": true]), "\nx")
  }

  func testInterpolationIsNeverStandalone() throws {
    XCTAssertEqual(try render("  {{a}}\n", ["a": ""]), "  \n")
  }

  func testBlockPairKeepsTheNewlineOfItsLine() throws {
    let partials = ["base": "<main>\n  {{$main}}{{/main}}\n</main>\n"]
    XCTAssertEqual(
      try render("{{<base}}{{$main}}<p>x</p>{{/main}}{{/base}}", partials: partials),
      "<main>\n  <p>x</p>\n</main>\n")
  }

  func testParentPairOnItsOwnLineIsRemoved() throws {
    XCTAssertEqual(try render("a\n{{<p}}{{/p}}\nb", partials: ["p": "P\n"]), "a\nP\nb")
  }

  func testParentAndFirstBlockOnOneLineAreStandalone() throws {
    let partials = ["base": "<title>{{$title}}Сайт{{/title}}</title>\n"]
    let template = "{{<base}}{{$title}}\nУроки\n{{/title}}{{/base}}\n"
    XCTAssertEqual(try render(template, partials: partials), "<title>Уроки\n</title>\n")
  }

  func testTagsAtTheVeryStartAndEndAreStandalone() throws {
    XCTAssertEqual(try render("{{#a}}\nx\n{{/a}}", ["a": true]), "x\n")
  }

  func testTrailingSpacesAfterAStandaloneTagAreRemoved() throws {
    XCTAssertEqual(try render("{{#a}}  \t\nx\n{{/a}}  ", ["a": true]), "x\n")
  }
}
