import XCTest

@testable import Text

/// The byte buffer keeps exactly what was appended, across growth and out of lent memory,
/// as an array would.
final class ByteBufferTests: XCTestCase {
  func testAppendsMatchAnArrayAcrossGrowth() {
    var generator = SystemRandomNumberGenerator()
    for capacity in [0, 1, 16, 100] {
      var buffer = ByteBuffer(capacity: capacity)
      var reference: [UInt8] = []
      XCTAssertNil(buffer.last)
      for _ in 0..<500 {
        if Bool.random(using: &generator) {
          let byte = UInt8.random(in: 0...255, using: &generator)
          buffer.append(byte)
          reference.append(byte)
        } else {
          let piece = (0..<Int.random(in: 0...40, using: &generator)).map { UInt8($0 & 0xFF) }
          piece.withUnsafeBufferPointer { buffer.append($0) }
          reference += piece
        }
        XCTAssertEqual(buffer.count, reference.count)
        XCTAssertEqual(buffer.last, reference.last)
      }
      XCTAssertEqual(buffer.array, reference)
    }
  }

  func testWritesGrowPastTheFirstCapacity() {
    var buffer = ByteBuffer(capacity: 1)
    let chunk = Array("абв<>".utf8)
    for _ in 0..<100 { chunk.withUnsafeBufferPointer { buffer.append($0) } }
    buffer.append(UInt8(ascii: "!"))
    XCTAssertEqual(buffer.count, chunk.count * 100 + 1)
    XCTAssertEqual(buffer.string, String(repeating: "абв<>", count: 100) + "!")
  }

  func testAppendKeepsWhatTheBufferHad() {
    var buffer = ByteBuffer(capacity: 8)
    buffer.append(UInt8(ascii: "b"))
    var bytes = Array("a".utf8)
    buffer.append(to: &bytes)
    XCTAssertEqual(bytes, Array("ab".utf8))
  }

  func testShortAndLongWritesCopyEveryByte() {
    let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...source.count {
      var buffer = ByteBuffer(capacity: 1)
      buffer.append(UInt8(ascii: "<"))
      source.withUnsafeBufferPointer {
        buffer.append(UnsafeBufferPointer(rebasing: $0[0..<length]))
      }
      buffer.append(UInt8(ascii: ">"))
      var out: [UInt8] = []
      buffer.append(to: &out)
      XCTAssertEqual(out, [UInt8(ascii: "<")] + source[0..<length] + [UInt8(ascii: ">")])
    }
  }

  func testALentWriterWritesIntoTheMemoryItIsLentUntilItOutgrowsIt() {
    let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 100)
    defer { memory.deallocate() }
    var buffer = ByteBuffer(lent: memory)
    for byte in Array("0123456789".utf8) { buffer.append(byte) }
    XCTAssertFalse(buffer.ownsMemory)
    XCTAssertEqual(Array(memory[0..<10]), Array("0123456789".utf8))
    let chunk = Array(repeating: UInt8(ascii: "x"), count: 95)
    chunk.withUnsafeBufferPointer { buffer.append($0) }
    XCTAssertTrue(buffer.ownsMemory)
    XCTAssertEqual(buffer.string, "0123456789" + String(repeating: "x", count: 95))
  }
}
