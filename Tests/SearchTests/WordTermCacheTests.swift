import XCTest

@testable import Search

final class WordTermCacheTests: XCTestCase {
  func testEachWordGetsTheTermMadeWhenItWasFirstMet() {
    let cache = WordTermCache(capacity: 2)
    var reference: [[UInt8]: Int32] = [:]
    var made = 0
    var generator = SystemRandomNumberGenerator()
    let letters = Array("аб".utf8) + Array("xyz".utf8)
    for _ in 0..<20_000 {
      let length = Int.random(in: 1...30, using: &generator)
      let word = (0..<length).map { _ in letters.randomElement(using: &generator)! }
      let term = word.withUnsafeBufferPointer { buffer in
        cache.term(of: buffer) {
          made += 1
          return Int32(made) * (made % 3 == 0 ? -1 : 1)
        }
      }
      if let known = reference[word] {
        XCTAssertEqual(term, known)
      } else {
        reference[word] = term
      }
    }
    XCTAssertEqual(made, reference.count)
    XCTAssertEqual(cache.count, reference.count)
  }

  func testWordsSharingTheirFirstEightBytes() {
    let cache = WordTermCache()
    let words = ["абвгдежз", "абвгдежзи", "абвгдежзк", "abcdefgh", "abcdefghi", "abcdefghij"]
    for (number, word) in words.enumerated() {
      let term = Array(word.utf8).withUnsafeBufferPointer { cache.term(of: $0) { Int32(number) } }
      XCTAssertEqual(term, Int32(number))
    }
    for (number, word) in words.enumerated() {
      let term = Array(word.utf8).withUnsafeBufferPointer {
        cache.term(of: $0) {
          XCTFail("made again: \(word)")
          return -1
        }
      }
      XCTAssertEqual(term, Int32(number))
    }
  }
}
