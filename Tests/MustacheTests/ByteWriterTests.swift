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

  func testShortAndLongWritesCopyEveryByte() {
    let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...source.count {
      var writer = ByteWriter(capacity: 1)
      writer.write(UInt8(ascii: "<"))
      source.withUnsafeBufferPointer { writer.write(UnsafeBufferPointer(rebasing: $0[0..<length])) }
      writer.write(UInt8(ascii: ">"))
      var out: [UInt8] = []
      writer.append(to: &out)
      XCTAssertEqual(out, [UInt8(ascii: "<")] + source[0..<length] + [UInt8(ascii: ">")])
    }
  }

  func testALentWriterWritesIntoTheMemoryItIsLentUntilItOutgrowsIt() {
    let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 100)
    defer { memory.deallocate() }
    var writer = ByteWriter(lent: memory)
    for byte in Array("0123456789".utf8) { writer.write(byte) }
    XCTAssertFalse(writer.ownsMemory)
    XCTAssertEqual(Array(memory[0..<10]), Array("0123456789".utf8))
    let chunk = Array(repeating: UInt8(ascii: "x"), count: 95)
    chunk.withUnsafeBufferPointer { writer.write($0) }
    XCTAssertTrue(writer.ownsMemory)
    XCTAssertEqual(writer.string, "0123456789" + String(repeating: "x", count: 95))
  }
}
