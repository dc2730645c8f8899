import XCTest

@testable import Search

/// Identifier split: camelCase words give their parts after the whole, on both sides alike.
final class CamelPartsTests: XCTestCase {
  func testCamelCaseGivesTheWholeThenItsParts() {
    XCTAssertEqual(
      Tokenizer.words(in: "document.querySelectorAll(x)"),
      ["document", "queryselectorall", "query", "selector", "all"])
    XCTAssertEqual(Tokenizer.words(in: "HTMLParser"), ["htmlparser", "html", "parser"])
    XCTAssertEqual(Tokenizer.words(in: "sRGB"), ["srgb", "rgb"])
    XCTAssertEqual(
      Tokenizer.words(in: "lowercase Capital UPPER"), ["lowercase", "capital", "upper"])
  }

  func testTheIndexFindsAnIdentifierByItsParts() throws {
    let page = document("js/", title: "Поиск элементов", body: "Метод querySelectorAll ищет всё")
    let reader = try IndexReader(SearchIndex(documents: [page]))
    for term in ["queryselectoral", "queri", "selector", "all"] {
      XCTAssertEqual(try reader.postings(of: term)?.map(\.document), [0], term)
    }
  }

  func testPeopleAreIndexedAndLevelsAreAFacet() throws {
    var lesson = document("lessons/a/", title: "Дроби", body: "Урок")
    lesson.people = ["Иванова Анна Петровна"]
    var olympiad = document("olympiads/b/", title: "Задачи", body: "Разбор", kind: "olympiad")
    olympiad.level = "муниципальный"
    let reader = try IndexReader(SearchIndex(documents: [lesson, olympiad]))
    XCTAssertEqual(try reader.postings(of: "иванов")?.map(\.document), [0])
    let facets = try XCTUnwrap(reader.entry["facets"] as? [String: Any])
    XCTAssertEqual(facets["level"] as? [String], ["муниципальный"])
    let codes = try XCTUnwrap(reader.json("f") as? [String: [Int]])
    XCTAssertEqual(codes["l"], [-1, 0])
  }
}
