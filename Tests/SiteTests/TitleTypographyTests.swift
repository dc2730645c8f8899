import XCTest

@testable import Site

final class TitleTypographyTests: XCTestCase {
  private func set(_ text: String) -> String {
    TitleTypography.apply(text, language: "ru").replacingOccurrences(of: "\u{A0}", with: "~")
  }

  func testQuotesBecomeGuillemetsWithInnerLapki() {
    XCTAssertEqual(set("Фестиваль \"Учимся вместе\""), "Фестиваль «Учимся вместе»")
    XCTAssertEqual(set("Проект \"Школа \"Успех\"\""), "Проект «Школа „Успех“»")
    XCTAssertEqual(set("Конкурс “Учитель года”"), "Конкурс «Учитель года»")
    XCTAssertEqual(TitleTypography.apply("Say \"hi\"", language: "en"), "Say \"hi\"")
  }

  func testDashesInRangesAndBetweenWords() {
    XCTAssertEqual(set("Олимпиады 1990-2000"), "Олимпиады 1990–2000")
    XCTAssertEqual(set("5-7 классы"), "5–7~классы")
    XCTAssertEqual(set("Итоги 2024-11-15"), "Итоги 2024-11-15")
    XCTAssertEqual(set("Дроби - это просто"), "Дроби~— это просто")
    XCTAssertEqual(set("из-за"), "из-за")
  }

  func testNoBreakSpaces() {
    XCTAssertEqual(set("Урок № 5"), "Урок №~5")
    XCTAssertEqual(set("Практикум 15 мин"), "Практикум 15~мин")
    XCTAssertEqual(set("Школа г. Заречный"), "Школа г.~Заречный")
    XCTAssertEqual(set("А. И. Иванова"), "А.~И.~Иванова")
    XCTAssertEqual(set("Иванова А. И."), "Иванова~А.~И.")
    XCTAssertEqual(set("Конец. Начало"), "Конец. Начало")
  }

  func testEveryRangeOfATitleIsSetAndLongNumberRunsStay() {
    XCTAssertEqual(set("1990-2000 и 2001-2005"), "1990–2000~и 2001–2005")
    let run = Array(repeating: "1", count: 1_000).joined(separator: "-")
    XCTAssertEqual(set("Коды " + run), "Коды " + run)
  }

  func testAbbreviationNeedsAShortWordAndCombiningMarksAreKept() {
    XCTAssertEqual(set("Улица ул. Мира"), "Улица ул.~Мира")
    XCTAssertEqual(set("Конечно. Мир"), "Конечно. Мир")
    XCTAssertEqual(set("Уро\u{301}к № 5"), "Уро\u{301}к №~5")
  }
}
