import XCTest

@testable import Text

/// The parallel map returns every result in order, whatever the count and the chunking.
final class ParallelTests: XCTestCase {
  func testMapOverElementsKeepsOrder() {
    for count in [0, 1, 63, 64, 65, 1000] {
      let elements = Array(0..<count)
      XCTAssertEqual(Parallel.map(elements) { $0 * 3 }, elements.map { $0 * 3 }, "\(count)")
    }
  }

  func testMapOverIndexesKeepsOrderAndOptionalResults() {
    let results = Parallel.map(count: 100) { $0 % 7 == 0 ? nil : $0 }
    XCTAssertEqual(results, (0..<100).map { $0 % 7 == 0 ? nil : $0 })
  }

  func testWorkersShareOutEveryTaskOnce() {
    let states = Parallel.workers(taskCount: 500) { _, next -> [Int] in
      var taken: [Int] = []
      while let task = next() { taken.append(task) }
      return taken
    }
    XCTAssertEqual(states.flatMap { $0 }.sorted(), Array(0..<500))
  }
}
