import FrontMatter
import XCTest

@testable import Site

final class DateTextTests: XCTestCase {
  func testDatesInEachLanguage() throws {
    let date = try XCTUnwrap(FrontMatter.parseYAML("d: 2012-11-15")["d"]?.date)
    XCTAssertEqual(DateText.text(date, language: "ru"), "15 ноября 2012 г.")
    XCTAssertEqual(DateText.text(date, language: "kk"), "2012 ж. 15 қараша")
    XCTAssertEqual(DateText.text(date, language: "en"), "15 November 2012")
  }
}
