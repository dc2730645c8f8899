import XCTest

@testable import Search

final class ByteStringKeyTests: XCTestCase {
  private func key(_ text: String) -> ByteStringKey {
    Array(text.utf8).withUnsafeBufferPointer { ByteStringKey($0) }
  }

  /// Forms of one word differ mostly in their last letters, which must reach the low bits of
  /// the hash: those pick a word's slot.
  func testWordEndingsReachTheLowBitsOfTheHash() {
    let stems = ["урок", "учени", "математик", "программ", "образовани", "деятельност"]
    let endings = ["а", "у", "и", "ом", "ой", "ам", "ах", "ы", "е", "ю"]
    for stem in stems {
      let slots = Set(endings.map { key(stem + $0).hash & 0xFFF })
      XCTAssertGreaterThanOrEqual(slots.count, endings.count - 2, stem)
    }
  }

  /// The head is the first 8 bytes, zero-padded, for every length.
  func testHeadIsTheFirstEightBytes() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        UInt8.random(in: 1...255, using: &generator)
      }
      var expected: UInt64 = 0
      for (position, byte) in bytes.prefix(8).enumerated() {
        expected |= UInt64(byte) << UInt64(8 * position)
      }
      let head = bytes.withUnsafeBufferPointer { ByteStringKey($0).head }
      XCTAssertEqual(head, expected, "\(bytes)")
    }
  }
}
