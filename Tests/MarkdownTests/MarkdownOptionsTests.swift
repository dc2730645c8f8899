import XCTest

@testable import Markdown

/// The defaults and what the language turns on.
final class MarkdownOptionsTests: XCTestCase {
  func testDefaults() {
    let options = MarkdownOptions()
    XCTAssertEqual(options.language, "ru")
    XCTAssertEqual(options.rawHTML, .drop)
    XCTAssertEqual(options.firstLine, 1)
    XCTAssertEqual(options.slugify("Ход Урока"), "ход-урока")
    XCTAssertTrue(options.usesRussianTypography)
    XCTAssertFalse(options.usesSmartPunctuation)
  }

  func testOtherLanguagesUseSmartPunctuation() {
    let options = MarkdownOptions(language: "en")
    XCTAssertFalse(options.usesRussianTypography)
    XCTAssertTrue(options.usesSmartPunctuation)
    XCTAssertFalse(MarkdownOptions(language: "en", typography: false).usesSmartPunctuation)
  }
}
