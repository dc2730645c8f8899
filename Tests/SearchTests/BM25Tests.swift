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

  /// The stored score as first written, with `rounded()`.
  private func referenceScore(_ scaled: Double) -> Int {
    let rounded = scaled.rounded()
    guard rounded.isFinite, rounded >= 1 else { return 1 }
    return rounded < 1e15 ? Int(rounded) : 1_000_000_000_000_000
  }

  func testStoredScoreRoundsLikeRoundedOnRandomValues() {
    var values: [Double] = [
      0, -0.0, 0.4999999999999999, 0.5, 1.5, 2.5, 1e15 - 0.5, 1e15 - 0.25, 1e15, 1e16, -1, -0.5,
      .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
      4_503_599_627_370_495.5, 4_503_599_627_370_497,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let scale = Double(
        sign: .plus, exponent: Int.random(in: -4...52, using: &generator), significand: 1)
      values.append(Double.random(in: -scale...scale, using: &generator))
      let whole = Double(Int.random(in: 0...1_000_000, using: &generator))
      values.append(whole + 0.5)
      values.append((whole + 0.5).nextDown)
    }
    for value in values {
      XCTAssertEqual(BM25.storedScore(value), referenceScore(value), "\(value)")
    }
  }
}
