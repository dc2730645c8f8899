import XCTest

@testable import Text

/// Decoding follows one policy, U+FFFD per maximal subpart, which is also Swift's: every
/// case is checked against `String(decoding:as:)` as well as against the expected scalars.
final class UTF8TextTests: XCTestCase {
  /// The scalars and lengths `UTF8Text.decode` reads from `bytes`.
  private func decoded(_ bytes: [UInt8]) -> [(value: UInt32, length: Int)] {
    bytes.withUnsafeBufferPointer { text in
      var result: [(value: UInt32, length: Int)] = []
      var index = 0
      while index < text.count {
        let step = UTF8Text.decode(text, at: index)
        result.append(step)
        index += step.length
      }
      return result
    }
  }

  private func assertDecodes(
    _ bytes: [UInt8], _ expected: [UInt32], file: StaticString = #filePath, line: UInt = #line
  ) {
    let values = decoded(bytes).map(\.value)
    XCTAssertEqual(values, expected, "\(bytes)", file: file, line: line)
    let swift = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
    XCTAssertEqual(values, swift, "Swift disagrees on \(bytes)", file: file, line: line)
  }

  func testWellFormedSequencesOfEveryLength() {
    assertDecodes(Array("aж€𝄞".utf8), [0x61, 0x436, 0x20AC, 0x1D11E])
    XCTAssertEqual(decoded(Array("aж€𝄞".utf8)).map(\.length), [1, 2, 3, 4])
  }

  func testAnOverlongNulIsThreeReplacements() {
    // One decoder read it as U+0000 of length 3, another as U+FFFD of length 1 and went on.
    assertDecodes([0xE0, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD])
    XCTAssertEqual(decoded([0xE0, 0x80, 0x80]).map(\.length), [1, 1, 1])
  }

  func testOverlongForms() {
    assertDecodes([0xC0, 0xAF], [0xFFFD, 0xFFFD])
    assertDecodes([0xC1, 0xBF], [0xFFFD, 0xFFFD])
    assertDecodes([0xF0, 0x8F, 0xBF, 0xBF], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD])
  }

  func testSurrogatesAndValuesPastTheLastScalar() {
    assertDecodes([0xED, 0xA0, 0x80], [0xFFFD, 0xFFFD, 0xFFFD])
    assertDecodes([0xED, 0xBF, 0xBF, 0x41], [0xFFFD, 0xFFFD, 0xFFFD, 0x41])
    assertDecodes([0xF4, 0x90, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD])
    assertDecodes([0xF5, 0x80], [0xFFFD, 0xFFFD])
    assertDecodes([0xFF, 0xFE], [0xFFFD, 0xFFFD])
  }

  func testATruncatedSequenceIsOneReplacement() {
    assertDecodes([0xE2, 0x82], [0xFFFD])
    XCTAssertEqual(decoded([0xE2, 0x82]).map(\.length), [2])
    assertDecodes([0xF0, 0x9D, 0x84], [0xFFFD])
    assertDecodes([0xF0, 0x9D, 0x84, 0x41], [0xFFFD, 0x41])
    assertDecodes([0xD0], [0xFFFD])
    assertDecodes([0xD0, 0x41], [0xFFFD, 0x41])
  }

  func testAStrayContinuationByteIsOneReplacement() {
    assertDecodes([0x80, 0xBF, 0x61], [0xFFFD, 0xFFFD, 0x61])
  }

  func testRandomBytesDecodeAsSwiftDecodesThem() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      [0x61], [0xD0, 0x96], [0xE2, 0x82, 0xAC], [0xF0, 0x9D, 0x84, 0x9E], [0x80], [0xC0],
      [0xE0], [0xED], [0xF4], [0xF5], [0xA0], [0x90], [0xBF],
    ]
    for _ in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...12, using: &generator)).flatMap { _ in
        pieces.randomElement(using: &generator)!
      }
      let swift = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
      XCTAssertEqual(decoded(bytes).map(\.value), swift, "\(bytes)")
      let valid = bytes.withUnsafeBufferPointer { UTF8Text.isValid($0) }
      XCTAssertEqual(valid, String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
    }
  }

  func testEncodingRoundTripsEveryScalarKind() {
    let values: [UInt32] = [0, 0x7F, 0x80, 0x7FF, 0x800, 0x436, 0xFFFF, 0x10000, 0x10FFFF]
    let bytes = UTF8Text.bytes(of: values)
    XCTAssertEqual(
      bytes, Array(String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! })).utf8))
    XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Text.scalarValues(of: $0) }, values)
  }

  func testSurrogatesAndOutOfRangeValuesEncodeAsReplacement() {
    XCTAssertEqual(
      UTF8Text.bytes(of: [0xD800, 0xDFFF, 0x110000]), Array("\u{FFFD}\u{FFFD}\u{FFFD}".utf8))
  }
}
