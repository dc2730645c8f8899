import XCTest

@testable import Site

final class RussianTextTests: XCTestCase {
  func testRussianPluralCategories() {
    let expected: [Int: String] = [
      0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many", 14: "many",
      21: "one",
      22: "few", 25: "many", 101: "one", 111: "many", 1004: "few",
    ]
    for (count, category) in expected {
      XCTAssertEqual(RussianText.pluralCategory(count, language: "ru"), category, "\(count)")
    }
  }

  func testOtherLanguagesHaveOneAndOther() {
    XCTAssertEqual(RussianText.pluralCategory(1, language: "en"), "one")
    XCTAssertEqual(RussianText.pluralCategory(3, language: "en"), "other")
    XCTAssertEqual(RussianText.pluralCategory(21, language: "kk"), "other")
  }

  func testSortKeyFoldsCaseAndYo() {
    XCTAssertEqual(RussianText.sortKey("Ёлка"), "елка")
    let sorted = ["ёж", "Яблоко", "елка", "Арбуз", "жук"].sorted {
      RussianText.sortKey($0) < RussianText.sortKey($1)
    }
    XCTAssertEqual(sorted, ["Арбуз", "ёж", "елка", "жук", "Яблоко"], "ё sorts as е: еж < елка")
  }
}

final class SortKeyTests: XCTestCase {
  func testSortKeyMatchesFoundationLowercasingWithYoAsYe() {
    for text in ["ФГОС", "Ёжик в тумане", "ÄÖÜ straße", "Қазақ ТІЛІ", "ABC-abc 123", "ΣΟΦΙΑ"] {
      XCTAssertEqual(
        RussianText.sortKey(text), text.lowercased().replacingOccurrences(of: "ё", with: "е"), text)
    }
  }
}
