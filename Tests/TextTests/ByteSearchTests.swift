import XCTest

@testable import Text

/// The word-at-a-time tests agree with a byte-by-byte look.
final class ByteSearchTests: XCTestCase {
  /// Eight bytes drawn from a small alphabet that holds every boundary case.
  private let alphabet: [UInt8] = [
    0x00, 0x01, 0x20, 0x21, 0x22, 0x26, 0x2D, 0x3C, 0x3E, 0x3F, 0x40, 0x77, 0x7E, 0x7F, 0x80,
    0xA2, 0xBE, 0xD0, 0xFF,
  ]

  private func words(_ count: Int) -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
    }
  }

  private func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { ByteSearch.load($0, at: 0) }
  }

  func testRangeFlagsAreExact() {
    for bytes in words(4000) {
      for (low, high) in [(UInt8(0x22), UInt8(0x3E)), (0x22, 0x7E), (0x01, 0x7E), (0x40, 0x40)] {
        let flags = ByteSearch.rangeFlags(word(bytes), low, high)
        for (offset, byte) in bytes.enumerated() {
          let flagged = flags >> (8 * offset + 7) & 1 == 1
          XCTAssertEqual(flagged, byte >= low && byte <= high, "\(bytes) \(low)...\(high)")
        }
      }
    }
  }

  func testLowestEqualFlagIsTheFirstMatch() {
    for bytes in words(4000) {
      let targets: [UInt8] = [0x00, 0x22, 0x26, 0x3C, 0x7E]
      let value = word(bytes)
      let flags = targets.reduce(UInt64(0)) { $0 | ByteSearch.equalFlags(value, $1) }
      let first = bytes.firstIndex { targets.contains($0) }
      XCTAssertEqual(flags == 0 ? nil : ByteSearch.firstFlagged(flags), first, "\(bytes)")
      for target in targets {
        XCTAssertEqual(ByteSearch.contains(value, target), bytes.contains(target))
      }
    }
  }

  func testScalarCountAtEveryLength() {
    let text = "aё€𝄞 b\u{0301}юzz😀ыё"
    let bytes = Array(text.utf8)
    for end in 0...bytes.count {
      let expected = bytes[..<end].filter { $0 & 0xC0 != 0x80 }.count
      XCTAssertEqual(
        bytes.withUnsafeBufferPointer {
          ByteSearch.scalarCount(UnsafeBufferPointer(rebasing: $0[..<end]))
        }, expected, "\(end)")
    }
  }

  func testLoadPutsTheFirstByteLowest() {
    XCTAssertEqual(word([1, 2, 3, 4, 5, 6, 7, 8]), 0x0807_0605_0403_0201)
  }
}
