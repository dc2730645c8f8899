import XCTest

@testable import Search

final class PostingSelectionTests: XCTestCase {
  /// The offsets kept by sorting on (score descending, offset) and re-sorting, as the
  /// selection must reproduce.
  private func keptBySorting(_ limit: Int, of scores: [Int]) -> [Int] {
    let order = scores.indices.sorted {
      scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1
    }
    return order.prefix(limit).sorted()
  }

  func testSelectionMatchesSortingWithManyTies() {
    var generator = FixedSequence()
    var kept: [Int] = []
    var scratch: [Int] = []
    for round in 0..<200 {
      let count = Int.random(in: 1...400, using: &generator)
      let spread = [1, 3, 20, 1_000][round % 4]
      let scores = (0..<count).map { _ in Int.random(in: 1...spread, using: &generator) }
      let limit = Int.random(in: 1...count + 5, using: &generator)
      PostingSelection.best(limit, of: scores, into: &kept, scratch: &scratch)
      XCTAssertEqual(kept, keptBySorting(limit, of: scores), "scores \(scores), limit \(limit)")
    }
  }

  func testLargestAtPosition() {
    var values = [5, 1, 9, 9, 3, 7]
    XCTAssertEqual(PostingSelection.largest(at: 0, of: &values), 9)
    values = [5, 1, 9, 9, 3, 7]
    XCTAssertEqual(PostingSelection.largest(at: 2, of: &values), 7)
    values = [5, 1, 9, 9, 3, 7]
    XCTAssertEqual(PostingSelection.largest(at: 5, of: &values), 1)
  }
}

/// A repeatable random number sequence (a 64-bit linear congruential generator).
private struct FixedSequence: RandomNumberGenerator {
  private var state: UInt64 = 0x2545_F491_4F6C_DD1D

  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state ^ (state >> 29)
  }
}
