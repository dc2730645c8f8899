import XCTest

@testable import Search

final class ByteStringTableTests: XCTestCase {
  private func index(_ text: String, in table: inout ByteStringTable) -> (Int, Bool) {
    Array(text.utf8).withUnsafeBufferPointer { table.index(of: $0) }
  }

  func testStringsGetDenseIndexesInInsertionOrder() {
    var table = ByteStringTable(capacity: 4)
    XCTAssertTrue(index("урок", in: &table) == (0, true))
    XCTAssertTrue(index("урока", in: &table) == (1, true))
    XCTAssertTrue(index("", in: &table) == (2, true))
    XCTAssertTrue(index("урок", in: &table) == (0, false))
    XCTAssertTrue(index("", in: &table) == (2, false))
    XCTAssertEqual(table.count, 3)
    XCTAssertEqual(Array(table.bytes(of: 1)), Array("урока".utf8))
    XCTAssertEqual(Array("урока".utf8).withUnsafeBufferPointer { table.lookup($0) }, 1)
    XCTAssertNil(Array("урокам".utf8).withUnsafeBufferPointer { table.lookup($0) })
  }

  func testGrowingKeepsEveryString() {
    var table = ByteStringTable(capacity: 2)
    let words = (0..<5_000).map { "слово\($0)-и-ещё-немного-текста" }
    for (number, word) in words.enumerated() {
      XCTAssertTrue(index(word, in: &table) == (number, true))
    }
    for (number, word) in words.enumerated() {
      XCTAssertEqual(Array(word.utf8).withUnsafeBufferPointer { table.lookup($0) }, number)
      XCTAssertEqual(String(decoding: table.bytes(of: number), as: UTF8.self), word)
    }
  }
}
