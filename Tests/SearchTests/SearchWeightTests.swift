import XCTest

@testable import Search

/// Search weights, stop words and length normalisation, read back from built indexes.
final class SearchWeightTests: XCTestCase {
  private let article = String(repeating: "Фильтр размывает изображение по Гауссу. ", count: 20)

  func testWeightMultipliesTheScoresOfAPage() throws {
    var archived = document("archive/blur/", title: "Гауссово размывание", body: article)
    archived.searchWeight = 0.2
    let current = document("filters/blur/", title: "Гауссово размывание", body: article)
    let reader = try IndexReader(SearchIndex(documents: [archived, current]))
    let postings = try XCTUnwrap(reader.postings(of: "гауссов"))
    XCTAssertEqual(postings.map(\.document), [0, 1])
    XCTAssertLessThan(postings[0].score * 4, postings[1].score)
  }

  func testWeightZeroLeavesThePageOutOfSearch() throws {
    var hidden = document("drafts/x/", title: "Черновик урока", body: "Черновик", kind: "lesson")
    hidden.searchWeight = 0
    let shown = document("lessons/y/", title: "Урок", body: "Текст урока", kind: "page")
    let reader = try IndexReader(SearchIndex(documents: [hidden, shown]))
    XCTAssertNil(try reader.postings(of: "черновик"))
    let facets = try XCTUnwrap(reader.json("f") as? [String: [Int]])
    XCTAssertEqual(facets["k"], [-1, 0])
    let names = try XCTUnwrap(reader.entry["facets"] as? [String: Any])
    XCTAssertEqual(names["kind"] as? [String], ["page"])
  }

  func testStopWordsAreIndexed() throws {
    let page = document("js/this/", title: "Потеря this", body: "Все функции for и in")
    let reader = try IndexReader(SearchIndex(documents: [page]))
    for term in ["this", "все", "for", "in"] {
      XCTAssertNotNil(try reader.postings(of: term), term)
    }
  }

  func testATinyPageDoesNotWinOnShortnessAlone() {
    let scoring = BM25(lengths: [4, 400, 400, 400])
    let idf = scoring.idf(documentFrequency: 2)
    let tiny = scoring.score(frequency: 1, length: 4, idf: idf)
    let halfMean = scoring.score(frequency: 1, length: Int(scoring.averageLength / 2), idf: idf)
    XCTAssertEqual(tiny, halfMean)
    XCTAssertGreaterThan(tiny, scoring.score(frequency: 1, length: 400, idf: idf))
  }
}
