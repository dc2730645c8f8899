import XCTest

@testable import Search

final class JSONWriterTests: XCTestCase {
  private func written(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  func testIntegers() {
    XCTAssertEqual(
      written { $0.integers([0, 7, 10, 1234, -1, -560, Int.max, Int.min]) },
      "[0,7,10,1234,-1,-560,9223372036854775807,-9223372036854775808]")
    XCTAssertEqual(written { $0.integers([]) }, "[]")
  }

  func testIntegerTriples() {
    XCTAssertEqual(written { $0.integers(12, 345, 0) }, "12,345,0")
    XCTAssertEqual(
      written { $0.integers(Int.min, -7, Int.max) },
      "-9223372036854775808,-7,9223372036854775807")
  }

  func testStringsAreEscapedAndNonASCIIKeptRaw() {
    XCTAssertEqual(written { $0.string("Урок «дроби» / 5") }, #""Урок «дроби» / 5""#)
    XCTAssertEqual(
      written { $0.string("a\"b\\c\nd\re\tf\u{8}\u{C}\u{1}\u{1F}") },
      #""a\"b\\c\nd\re\tf\b\f\u0001\u001f""#)
    XCTAssertEqual(written { $0.string("x\u{2028}y\u{2029}z") }, #""x\u2028y\u2029z""#)
    XCTAssertEqual(written { $0.string("a — b…\u{2027}") }, "\"a — b…\u{2027}\"")
  }

  func testKeysAndStructure() {
    XCTAssertEqual(
      written { writer in
        writer.byte(0x7B)
        writer.key("k")
        writer.strings(["а", "б"])
        writer.raw("}")
      }, #"{"k":["а","б"]}"#)
  }
}
