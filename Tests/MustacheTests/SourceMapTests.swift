import XCTest

@testable import Mustache

final class SourceMapTests: XCTestCase {
  private let map = SourceMap(file: "f", bytes: Array("ab\nПривет {{x}}\n\nz".utf8))

  func testPositionsCountLinesAndLetters() {
    XCTAssertEqual(map.position(0), SourcePosition(file: "f", line: 1, column: 1))
    XCTAssertEqual(map.position(2), SourcePosition(file: "f", line: 1, column: 3))
    XCTAssertEqual(map.position(3), SourcePosition(file: "f", line: 2, column: 1))
    XCTAssertEqual(map.position(3 + 13), SourcePosition(file: "f", line: 2, column: 8))
    XCTAssertEqual(map.position(map.bytes.count - 1), SourcePosition(file: "f", line: 4, column: 1))
  }

  func testCursorAgreesWithTheMap() {
    var cursor = SourceCursor(map: map)
    for offset in 0..<map.bytes.count where map.bytes[offset] & 0xC0 != 0x80 {
      XCTAssertEqual(cursor.position(offset), map.position(offset), "offset \(offset)")
    }
    XCTAssertEqual(cursor.position(1), map.position(1))
  }

  func testErrorsCarryThePosition() {
    XCTAssertEqual(
      map.error(at: 3, "m"), TemplateError(file: "f", line: 2, column: 1, message: "m"))
  }
}
