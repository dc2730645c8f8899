import Foundation
import XCTest

@testable import Search

final class BM25Tests: XCTestCase {
  func testIdfAndScore() {
    let scoring = BM25(lengths: [10, 30])
    XCTAssertEqual(scoring.averageLength, 20)
    XCTAssertEqual(scoring.idf(documentFrequency: 1), log(2.0), accuracy: 1e-12)
    // tf 3, dl 10: 3·2.2 / (3 + 1.2·(0.25 + 0.75·0.5)) · ln 2 · 100 = 1.76 · 69.31… = 121.99…
    XCTAssertEqual(scoring.score(frequency: 3, length: 10, idf: log(2.0)), 122)
  }

  func testScoresAreAtLeastOne() {
    let scoring = BM25(lengths: Array(repeating: 5, count: 1_000))
    XCTAssertEqual(
      scoring.score(frequency: 1, length: 5, idf: scoring.idf(documentFrequency: 1_000)), 1)
    XCTAssertEqual(scoring.score(frequency: 1, length: 5, idf: .nan), 1)
  }

  func testEmptyDocumentsDoNotDivideByZero() {
    XCTAssertEqual(BM25(lengths: [0, 0]).averageLength, 1)
    XCTAssertEqual(BM25(lengths: []).averageLength, 1)
  }
}
