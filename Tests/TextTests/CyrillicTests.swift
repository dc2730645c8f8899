import XCTest

@testable import Text

/// The Cyrillic tables agree with Unicode's own data, letter by letter, and the word-at-a-time
/// tests with a look at each pair of bytes.
final class CyrillicTests: XCTestCase {
  func testLowercaseMatchesUnicodeForTheWholeBlock() {
    for value in UInt32(0x400)...0x52F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
      XCTAssertEqual([Cyrillic.lowercase(value)], expected, "U+\(String(value, radix: 16))")
    }
  }

  func testKazakhCapitalsLowerCase() {
    let capitals = "ЁҚҢҮҰӘӨҺІҒ"
    let lowered = String(
      String.UnicodeScalarView(
        capitals.unicodeScalars.map { Unicode.Scalar(Cyrillic.lowercase($0.value))! }))
    XCTAssertEqual(lowered, "ёқңүұәөһіғ")
    XCTAssertEqual(Cyrillic.lowercasedUTF8(capitals), Array("ёқңүұәөһіғ".utf8))
  }

  func testSearchFoldingTurnsYoIntoYe() {
    XCTAssertEqual(Cyrillic.folded(0x401), 0x435)  // Ё
    XCTAssertEqual(Cyrillic.folded(0x451), 0x435)  // ё
    XCTAssertEqual(Cyrillic.folded(0x49A), 0x49B)  // Қ
    XCTAssertEqual(Cyrillic.folded(0x41), 0x41)  // outside the blocks: unchanged
  }

  func testLettersAreTheBlocksWithoutTheSigns() {
    for value in UInt32(0x3F0)...0x540 {
      guard let scalar = Unicode.Scalar(value), Cyrillic.contains(value) else {
        XCTAssertFalse(Cyrillic.isLetter(value))
        continue
      }
      let letter =
        scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark
        && scalar.properties.generalCategory != .enclosingMark
      XCTAssertEqual(Cyrillic.isLetter(value), letter, "U+\(String(value, radix: 16))")
    }
  }

  func testLowercasedUTF8MatchesLowercased() {
    let samples = [
      "Урок ДРОБИ «Ёлка» — 5 КЛАСС", "Қазақ тілі: ӘӨҮҰҚҒҢҺІ", "Ѐ Ѝ Ђ Ѣ Ѫ Ӂ Ӏ Ԯ", "abc XYZ 123", "",
    ]
    for text in samples {
      XCTAssertEqual(Cyrillic.lowercasedUTF8(text), Array(text.lowercased().utf8), text)
    }
    var all = ""
    for value in UInt32(0x400)...0x52F { all.unicodeScalars.append(Unicode.Scalar(value)!) }
    XCTAssertEqual(Cyrillic.lowercasedUTF8(all), Array(all.lowercased().utf8))
  }

  func testLowercasedUTF8LeavesOtherCasedLettersToLowercased() {
    XCTAssertNil(Cyrillic.lowercasedUTF8("ΑΒΓ"))
    XCTAssertNil(Cyrillic.lowercasedUTF8("Émile"))
    XCTAssertEqual(Cyrillic.lowercasedUTF8("ñ €"), Array("ñ €".utf8))
  }

  /// The number of leading а–я letters among the four pairs, one pair at a time.
  private func slowLanes(_ bytes: [UInt8]) -> Int {
    var lanes = 0
    while lanes < 4, Cyrillic.isLowerBasicLetter(bytes[2 * lanes], bytes[2 * lanes + 1]) {
      lanes += 1
    }
    return lanes
  }

  func testWordAtATimeLanesAgreeWithPairByPair() {
    let pairs: [[UInt8]] = [
      [0xD0, 0xB0], [0xD0, 0xBF], [0xD1, 0x80], [0xD1, 0x8F], [0xD1, 0x91], [0xD0, 0x90],
      [0xD0, 0xAF], [0xD1, 0xB0], [0xD2, 0x9B], [0x61, 0x62], [0xD0, 0x20], [0xB0, 0xD0],
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let bytes = (0..<4).flatMap { _ in pairs.randomElement(using: &generator)! }
      let lanes = bytes.withUnsafeBytes { Cyrillic.lowerBasicLetterLanes($0.baseAddress!) }
      XCTAssertEqual(lanes, slowLanes(bytes), "\(bytes)")
      let four = bytes.withUnsafeBytes { Cyrillic.fourLowerBasicLetters($0.baseAddress!) }
      XCTAssertEqual(four != nil, lanes == 4)
      let two = bytes.withUnsafeBytes { Cyrillic.twoLowerBasicLetters($0.baseAddress!) }
      XCTAssertEqual(two != nil, lanes >= 2)
    }
  }
}
