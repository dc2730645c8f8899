import Foundation
import XCTest

@testable import Markdown

/// Issue 15: `![Фото с урока](Фото с урока.png)` is read as an image, with a warning.
final class DestinationSpacesTests: XCTestCase {
  func testSpacedFileNameIsReadAsAnImageWithAWarning() {
    let document = Document(
      markdown: "Текст.\n\nСм. ![Фото с урока](Фото с урока.png) и [план](План урока.docx).\n",
      options: MarkdownOptions(firstLine: 4))
    XCTAssertEqual(
      document.renderHTML(),
      "<p>Текст.</p>\n<p>См. <img src=\"%D0%A4%D0%BE%D1%82%D0%BE%20%D1%81%20%D1%83%D1%80%D0%BE%D0%BA%D0%B0.png\""
        + " alt=\"Фото с урока\" /> и <a href=\"%D0%9F%D0%BB%D0%B0%D0%BD%20%D1%83%D1%80%D0%BE%D0%BA%D0%B0.docx\">план</a>.</p>\n"
    )
    XCTAssertEqual(document.links.map(\.destination), ["Фото с урока.png", "План урока.docx"])
    XCTAssertEqual(
      document.warnings.map(\.description),
      [
        "6:5: the address 'Фото с урока.png' has spaces, which Markdown does not allow in a"
          + " link; it was read as an image anyway, but write it in angle brackets so that every"
          + " Markdown viewer shows it: (<Фото с урока.png>)",
        "6:41: the address 'План урока.docx' has spaces, which Markdown does not allow in a"
          + " link; it was read as a link anyway, but write it in angle brackets so that every"
          + " Markdown viewer shows it: (<План урока.docx>)",
      ])
    XCTAssertEqual(document.links.map(\.column), [5, 41])
  }

  /// Issue 19: `[a](b` repeated on one line made the quick test scan to the line end once per
  /// link (over a minute for 1 MB); 5,000 spaced links on one line made each column and
  /// each link's position count again from the line start.
  func testUnclosedAndManyLinksOnOneLineAreLinear() {
    let start = Date()
    let unclosed = String(repeating: "[a](b", count: 100_000)
    XCTAssertEqual(Document(markdown: unclosed, options: MarkdownOptions()).links.count, 0)
    let spaced = String(repeating: "[a](b c.pdf) ", count: 5000)
    let document = Document(markdown: spaced, options: MarkdownOptions())
    XCTAssertEqual(document.links.count, 5000)
    XCTAssertEqual(document.links.last?.column, 4999 * 13 + 1)
    XCTAssertEqual(document.warnings.filter { $0.message.contains("spaces") }.count, 5000)
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testOriginalColumnsSkipEveryEarlierRepairOnTheLine() {
    let repairs =
      [2, 10, 20].map { MarkdownWarning(line: 3, column: $0, message: "") }
      + [MarkdownWarning(line: 4, column: 1, message: "")]
    // Bracketed columns: the repairs start at 2, 12 and 24.
    XCTAssertEqual(DestinationSpaces.original(line: 3, column: 2, repairs: repairs), 2)
    XCTAssertEqual(DestinationSpaces.original(line: 3, column: 3, repairs: repairs), 1)
    XCTAssertEqual(DestinationSpaces.original(line: 3, column: 12, repairs: repairs), 10)
    XCTAssertEqual(DestinationSpaces.original(line: 3, column: 30, repairs: repairs), 24)
    XCTAssertEqual(DestinationSpaces.original(line: 4, column: 5, repairs: repairs), 3)
    XCTAssertEqual(DestinationSpaces.original(line: 2, column: 5, repairs: repairs), 5)
  }

  func testValidLinksCodeAndProseAreLeftAlone() {
    let markdown =
      "[a](b.pdf \"Заголовок\") [c](<d e.png>) `![x](y z.png)` [см.](выше в тексте)\n\n"
      + "```\n![x](y z.png)\n```\n"
    let document = Document(markdown: markdown)
    XCTAssertEqual(document.warnings, [])
    XCTAssertEqual(document.links.map(\.destination), ["b.pdf", "d e.png"])
    XCTAssertTrue(document.renderHTML().contains("<code>![x](y z.png)</code>"))
    XCTAssertTrue(document.renderHTML().contains("<pre><code>![x](y z.png)\n</code></pre>"))
  }
}
