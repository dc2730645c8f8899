import XCTest

@testable import Text

final class UTF8ValidationTests: XCTestCase {
  private func valid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { UTF8Text.isValid($0) }
  }

  func testWellFormedTextOfEveryLength() {
    for text in [
      "", "a", "Урок", "дроби 1/2 — «½»", "€ 𝄞 ё", String(repeating: "aбв€𝄞", count: 40),
    ] {
      XCTAssertTrue(valid(Array(text.utf8)), text)
    }
  }

  func testIllFormedSequencesAreRejected() {
    let cases: [[UInt8]] = [
      [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xD0, 0x41], [0xE0, 0x80, 0x80],
      [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xFF], Array("abcdefgh".utf8) + [0xD0],
      Array("Урок".utf8) + [0xE2, 0x80], [0xC1, 0x81, 0xD0, 0xB0, 0xD0, 0xB0, 0xD0, 0xB0],
      [0xD0, 0xB0, 0xD0, 0xB0, 0xD0, 0xB0, 0xC0, 0x80],
      [0xD0, 0xB0, 0xD0, 0xB0, 0xD0, 0xC0, 0xD0, 0xB0],
    ]
    for bytes in cases {
      XCTAssertFalse(valid(bytes), "\(bytes)")
    }
  }

  func testAgreesWithTheStandardLibraryOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      Array("abcdefgh".utf8), Array("ж".utf8), Array("жжжж".utf8), Array("€".utf8), Array("𝄞".utf8),
      [0x80], [0xC3], [0xC0, 0x80], [0xC1, 0xBF], [0xDF, 0xBF],
      [0xE0, 0x9F], [0xED, 0xBF], [0xF4, 0x8F], [0xBF], [0xF0],
    ]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        bytes += pieces.randomElement(using: &generator)!
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      XCTAssertEqual(valid(bytes), expected, "\(bytes)")
      if valid(bytes) != expected { return }
    }
  }

  func testTheFirstIllFormedSequenceIsLocated() {
    let cases: [([UInt8], Int?)] = [
      (Array("Урок 5".utf8), nil), (Array("ab".utf8) + [0xD0, 0x41], 2),
      (Array("Урок".utf8) + [0xFF], 8), (Array("Урок: дроби".utf8) + [0xE2, 0x80], 20),
    ]
    for (bytes, expected) in cases {
      XCTAssertEqual(bytes.withUnsafeBufferPointer(UTF8Text.firstInvalidOffset), expected)
    }
  }

  func testLocatesTheFirstIllFormedSequenceInRandomMixedText() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      Array(" ".utf8), Array("a".utf8), Array("abc".utf8), Array("ж".utf8), Array("жё".utf8),
      Array("«".utf8), Array("€".utf8), Array("𝄞".utf8), [0x80], [0xD0], [0xC1, 0xBF],
      [0xE2, 0x80],
      [0xF8],
    ]
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...16, using: &generator) {
        bytes += pieces.randomElement(using: &generator)!
      }
      let longestValidPrefix = (0...bytes.count).last {
        String(validating: bytes[..<$0], as: UTF8.self) != nil
      }!
      let expected = longestValidPrefix == bytes.count ? nil : longestValidPrefix
      let found = bytes.withUnsafeBufferPointer(UTF8Text.firstInvalidOffset)
      XCTAssertEqual(found, expected, "\(bytes)")
      if found != expected { return }
    }
  }
}
