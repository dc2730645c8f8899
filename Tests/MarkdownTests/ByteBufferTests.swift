import XCTest

@testable import Markdown

/// The byte buffer keeps exactly what was appended, across growth, as an array would.
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

  /// Assembled HTML has each destination escaped in its hole, at its exact size.
  func testAssembledHolesAreEscapedInPlace() {
    let document = Document(
      markdown: "[a](x.md) & [b](y'&z) ![c](п.png)\n", options: MarkdownOptions(typography: false))
    XCTAssertEqual(
      document.renderHTML { $0.destination == "x.md" ? "/x/" : nil },
      "<p><a href=\"/x/\">a</a> &amp; <a href=\"y&#x27;&amp;z\">b</a> "
        + "<img src=\"%D0%BF.png\" alt=\"c\" /></p>\n")
  }
}
