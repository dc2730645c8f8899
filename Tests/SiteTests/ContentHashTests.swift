import XCTest

@testable import Site

final class ContentHashTests: XCTestCase {
  func testIsStableAndTellsNearbyInputsApart() {
    XCTAssertEqual(ContentHash(of: Array("урок".utf8)).hex, ContentHash(of: Array("урок".utf8)).hex)
    XCTAssertEqual(ContentHash(of: []).hex.count, 16)
    var seen = Set<String>()
    for length in 0..<40 {
      for flip in 0..<max(length, 1) {
        var bytes = [UInt8](repeating: 0, count: length)
        if length > 0 { bytes[flip] = 1 }
        seen.insert(ContentHash(of: bytes).hex)
      }
    }
    XCTAssertEqual(seen.count, 1 + (1..<40).reduce(0, +), "every input hashes differently")
  }

  func testAValueReadBackIsTheSameHash() {
    let hash = ContentHash(of: Array("a".utf8))
    XCTAssertEqual(ContentHash(value: hash.value), hash)
  }
}
