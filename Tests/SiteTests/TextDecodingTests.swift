import XCTest

@testable import Site

final class TextDecodingTests: XCTestCase {
  func testUTF8WithBOMAndCRLF() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nб\rв\n".utf8)
    XCTAssertEqual(TextDecoding.decode(bytes), .utf8("a\nб\nв\n"))
  }

  func testWindows1251IsDecoded() {
    let bytes: [UInt8] = [0xD3, 0xF0, 0xEE, 0xEA, 0x20, 0xB8, 0x0D, 0x0A]
    XCTAssertEqual(TextDecoding.decode(bytes), .windows1251("Урок ё\n"))
  }

  func testNULByteIsLocated() {
    let bytes = Array("ab\ncd".utf8) + [0] + Array("e".utf8)
    XCTAssertEqual(TextDecoding.decode(bytes), .nulByte(line: 2, column: 3))
  }

  func testBinaryGarbageIsUndecodable() {
    let bytes: [UInt8] = Array("ok\n".utf8) + [0x98, 0x98, 0x41]
    XCTAssertEqual(TextDecoding.decode(bytes), .undecodable(line: 2, column: 1))
  }

  func testLatinTextWithHighBytesIsNotTakenForWindows1251() {
    let bytes: [UInt8] =
      Array("Caf".utf8) + [0xE9, 0x20] + Array("au lait ".utf8) + [0xA9, 0xAE, 0xB1]
    if case .windows1251 = TextDecoding.decode(bytes) {
      XCTFail("mostly non-Cyrillic high bytes must not decode as Windows-1251")
    }
  }

  func testEveryKindOfLineEndBecomesOneLineFeed() {
    let pieces = ["\r\n", "\r", "\n", "\r\r\n", "a", "ж", "\n\r", " "]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let expected = text.utf8.split(separator: 0x0D, omittingEmptySubsequences: false)
        .enumerated().map { index, part in
          index > 0 && part.first == 0x0A ? Array(part.dropFirst()) : Array(part)
        }
        .joined(separator: [0x0A])
      XCTAssertEqual(
        TextDecoding.decode(Array(text.utf8)),
        .utf8(String(decoding: Array(expected), as: UTF8.self)), text.debugDescription)
      XCTAssertEqual(Array(TextDecoding.withLineFeeds(Array(text.utf8)[...])), Array(expected))
    }
  }

  /// Issue 19: Notepad's "Unicode" was called a damaged binary file.
  func testUTF16WithAndWithoutByteOrderMarkIsDecoded() {
    let text = "Урок\r\nдроби\n"
    let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    XCTAssertEqual(TextDecoding.decode([0xFF, 0xFE] + little), .utf16("Урок\nдроби\n"))
    XCTAssertEqual(TextDecoding.decode([0xFE, 0xFF] + big), .utf16("Урок\nдроби\n"))
    let latin = Array("title: x\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    XCTAssertEqual(TextDecoding.decode(latin + little), .utf16("title: x\nУрок\nдроби\n"))
  }

  /// Issue 19: KOI8-R was decoded as Windows-1251 and published as mojibake.
  func testKOI8RIsToldFromWindows1251() {
    // "Урок дроби" in KOI8-R: lower-case letters are 0xC0…0xDF there.
    let bytes: [UInt8] = [0xF5, 0xD2, 0xCF, 0xCB, 0x20, 0xC4, 0xD2, 0xCF, 0xC2, 0xC9]
    XCTAssertEqual(TextDecoding.decode(bytes), .koi8r("Урок дроби"))
    XCTAssertEqual(
      TextDecoding.decode([0xD3, 0xF0, 0xEE, 0xEA, 0x20, 0xE4, 0xF0, 0xEE, 0xE1, 0xE8]),
      .windows1251("Урок дроби"))
  }

  func testControlCharactersAreRemovedAndFoundAtTheirPlace() {
    let bytes = Array("a\nb\u{1}c\u{7F}d\u{85}e\u{FFFE}f\tg".utf8)
    XCTAssertEqual(TextDecoding.decode(bytes), .utf8("a\nbcdef\tg"))
    XCTAssertEqual(TextDecoding.controlCharacters(in: bytes)?.offset, 3)
    XCTAssertEqual(TextDecoding.controlCharacters(in: bytes)?.count, 4)
    XCTAssertNil(TextDecoding.controlCharacters(in: Array("обычный\tтекст\r\n".utf8)))
  }
}
