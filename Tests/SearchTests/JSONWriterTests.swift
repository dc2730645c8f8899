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
    XCTAssertEqual(written { $0.integers(1, 2, 3, commaFirst: true) }, ",1,2,3")
    XCTAssertEqual(
      written { $0.integers(Int.min, -7, Int.max) },
      "-9223372036854775808,-7,9223372036854775807")
  }

  func testIntegersAgreeWithDescriptionOnRandomValues() {
    var generator = SystemRandomNumberGenerator()
    var values = [0, 9, 10, 99, 100, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
    for digits in 1...18 {
      let power = (0..<digits).reduce(1) { value, _ in value * 10 }
      values += [power - 1, power, power + 1, -power, 1 - power]
    }
    for _ in 0..<2_000 {
      let bits = Int.random(in: 1...62, using: &generator)
      values.append(Int.random(in: -(1 << bits)...(1 << bits), using: &generator))
    }
    var expected = "["
    var writer = JSONWriter(capacity: 1)
    writer.byte(0x5B)
    for index in stride(from: 0, to: values.count - 2, by: 3) {
      if index > 0 {
        expected += ","
        writer.byte(0x2C)
      }
      expected += "\(values[index]),\(values[index + 1]),\(values[index + 2])"
      writer.integers(values[index], values[index + 1], values[index + 2])
    }
    expected += "]"
    writer.byte(0x5D)
    XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), expected)
    XCTAssertEqual(
      written { $0.integers(values) }, "[" + values.map(String.init).joined(separator: ",") + "]")
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
