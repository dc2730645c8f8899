import XCTest

@testable import FrontMatter

final class DocumentSplitterTests: XCTestCase {
  func testSplitsFrontMatterAndBody() throws {
    let document = try FrontMatter.split("---\ntitle: Урок\n---\n# Ход урока\n")
    XCTAssertEqual(
      document,
      SplitDocument(
        frontMatter: "title: Урок\n", frontMatterFirstLine: 2, body: "# Ход урока\n",
        bodyFirstLine: 4))
  }

  func testFileWithoutFrontMatterIsAllBody() throws {
    let document = try FrontMatter.split("# Заголовок\n\nТекст\n")
    XCTAssertEqual(
      document,
      SplitDocument(
        frontMatter: nil, frontMatterFirstLine: 1, body: "# Заголовок\n\nТекст\n",
        bodyFirstLine: 1))
  }

  func testThreeDotsCloseFrontMatter() throws {
    let document = try FrontMatter.split("---\na: 1\nb: 2\n...\nтекст")
    XCTAssertEqual(document.frontMatter, "a: 1\nb: 2\n")
    XCTAssertEqual(document.body, "текст")
    XCTAssertEqual(document.bodyFirstLine, 5)
  }

  func testCRLFLineBreaksBecomeLineFeeds() throws {
    let document = try FrontMatter.split("---\r\na: 1\r\n---\r\nстрока\r\nещё\r\n")
    XCTAssertEqual(document.frontMatter, "a: 1\n")
    XCTAssertEqual(document.body, "строка\nещё\n")
    XCTAssertEqual(document.bodyFirstLine, 4)
  }

  func testLoneCarriageReturnsWork() throws {
    let document = try FrontMatter.split("---\ra: 1\r---\rтело")
    XCTAssertEqual(document.frontMatter, "a: 1\n")
    XCTAssertEqual(document.body, "тело")
    XCTAssertEqual(document.bodyFirstLine, 4)
  }

  func testByteOrderMarkIsSkipped() throws {
    let document = try FrontMatter.split("\u{FEFF}---\na: 1\n---\nB")
    XCTAssertEqual(document.frontMatter, "a: 1\n")
    XCTAssertEqual(document.body, "B")
    let bodyOnly = try FrontMatter.split("\u{FEFF}Текст")
    XCTAssertEqual(bodyOnly.body, "Текст")
    XCTAssertNil(bodyOnly.frontMatter)
  }

  func testUnclosedFrontMatterIsErrorAtOpeningLine() {
    for text in ["---\ntitle: x\n", "---", "---\n", "\u{FEFF}---\r\na: 1"] {
      XCTAssertThrowsError(try FrontMatter.split(text)) { error in
        XCTAssertEqual(
          error as? FrontMatterError,
          FrontMatterError(
            location: at(1, 1),
            message: "unclosed front matter: add a line '---' after the last field"))
      }
    }
  }

  func testEmptyFrontMatter() throws {
    let document = try FrontMatter.split("---\n---\nB")
    XCTAssertEqual(document.frontMatter, "")
    XCTAssertEqual(document.body, "B")
    XCTAssertEqual(document.bodyFirstLine, 3)
  }

  func testOtherDashLinesAreNotFrontMatter() throws {
    XCTAssertNil(try FrontMatter.split("----\nтекст").frontMatter)
    XCTAssertNil(try FrontMatter.split("--- a\nтекст").frontMatter)
    XCTAssertNil(try FrontMatter.split("\n---\na: 1\n---\n").frontMatter)
  }

  func testDelimitersMayHaveTrailingBlanks() throws {
    let document = try FrontMatter.split("--- \na: 1\n---\t \nB")
    XCTAssertEqual(document.frontMatter, "a: 1\n")
    XCTAssertEqual(document.body, "B")
  }

  func testClosingLineAtEndOfFile() throws {
    let document = try FrontMatter.split("---\na: 1\n---")
    XCTAssertEqual(document.frontMatter, "a: 1\n")
    XCTAssertEqual(document.body, "")
    XCTAssertEqual(document.bodyFirstLine, 4)
  }

  func testIndentedDashesDoNotClose() throws {
    let document = try FrontMatter.split("---\na: |\n  ---\n---\nB")
    XCTAssertEqual(document.frontMatter, "a: |\n  ---\n")
    XCTAssertEqual(document.bodyFirstLine, 5)
  }
}
