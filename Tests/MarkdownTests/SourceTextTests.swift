import XCTest

@testable import Markdown

/// Lines and columns of Markdown source.
final class SourceTextTests: XCTestCase {
  func testLinesEndAtLineFeedsCarriageReturnsAndBoth() {
    let source = SourceText(Array("a\r\nбб\rc\n\nd".utf8))
    XCTAssertEqual(source.lineCount, 5)
    XCTAssertEqual(source.range(ofLine: 1), 0..<1)
    XCTAssertEqual(source.range(ofLine: 2), 3..<7)
    XCTAssertEqual(source.range(ofLine: 3), 8..<9)
    XCTAssertEqual(source.range(ofLine: 4), 10..<10)
    XCTAssertEqual(source.range(ofLine: 5), 11..<12)
    XCTAssertEqual(source.range(ofLine: 6), 0..<0)
  }

  func testColumnsCountScalars() {
    let source = SourceText(Array("x\nёж [a](b)".utf8))
    XCTAssertEqual(source.scalarColumn(line: 2, byteOffset: 0), 1)
    XCTAssertEqual(source.scalarColumn(line: 2, byteOffset: 5), 4)
  }

  /// Issue 19: a long line keeps per-block counts; every column agrees with counting from the
  /// line start (the slow, obvious twin), across block edges that split a letter.
  func testColumnsOnALongLineMatchCountingFromTheLineStart() {
    let line = Array(String(repeating: "ж a", count: 1500).utf8)
    let source = SourceText(Array("x\n".utf8) + line + Array("\ny".utf8))
    for offset in stride(from: 0, through: line.count + 3, by: 7) + [1023, 1024, 1025, 2048] {
      let end = min(offset, line.count)
      let expected = 1 + String(decoding: line[..<end], as: UTF8.self).unicodeScalars.count
      XCTAssertEqual(source.scalarColumn(line: 2, byteOffset: offset), expected, "\(offset)")
    }
  }

  func testSetextUnderlines() {
    let source = SourceText(Array("===\n  --- \n- -\n    ---\n=a".utf8))
    XCTAssertTrue(source.isSetextUnderline(source.range(ofLine: 1)))
    XCTAssertTrue(source.isSetextUnderline(source.range(ofLine: 2)))
    XCTAssertFalse(source.isSetextUnderline(source.range(ofLine: 3)))
    XCTAssertFalse(source.isSetextUnderline(source.range(ofLine: 4)))
    XCTAssertFalse(source.isSetextUnderline(source.range(ofLine: 5)))
  }
}
