import XCTest

@testable import Site

final class SuggestionTests: XCTestCase {
  func testSwappedLettersCountAsOneEdit() {
    XCTAssertEqual(
      Suggestion.editDistance(Array("titel".unicodeScalars), Array("title".unicodeScalars)), 1)
    XCTAssertEqual(
      Suggestion.editDistance(Array("ivanov".unicodeScalars), Array("ivanova".unicodeScalars)), 1)
    XCTAssertEqual(
      Suggestion.editDistance(Array("".unicodeScalars), Array("abc".unicodeScalars)), 3)
  }

  func testClosestNamesWithinATypo() {
    let ids = ["ivanova-anna", "petrova-olga", "sidorov-ivan"]
    XCTAssertEqual(Suggestion.closest(to: "ivanov-anna", in: ids), "ivanova-anna")
    XCTAssertEqual(Suggestion.closest(to: "ПЕТРОВА-olga", in: ["петрова-olga"]), "петрова-olga")
    XCTAssertNil(Suggestion.closest(to: "kuznetsov", in: ids))
  }
}
