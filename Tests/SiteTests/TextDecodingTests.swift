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
}
