import XCTest

@testable import Mustache

final class ByteWriterTests: XCTestCase {
  func testWritesGrowPastTheFirstCapacity() {
    var writer = ByteWriter(capacity: 1)
    let chunk = Array("абв<>".utf8)
    for _ in 0..<100 { chunk.withUnsafeBufferPointer { writer.write($0) } }
    writer.write(UInt8(ascii: "!"))
    XCTAssertEqual(writer.count, chunk.count * 100 + 1)
    XCTAssertEqual(writer.string, String(repeating: "абв<>", count: 100) + "!")
  }

  func testAppendKeepsWhatTheBufferHad() {
    var writer = ByteWriter(capacity: 8)
    writer.write(UInt8(ascii: "b"))
    var buffer = Array("a".utf8)
    writer.append(to: &buffer)
    XCTAssertEqual(buffer, Array("ab".utf8))
  }
}
