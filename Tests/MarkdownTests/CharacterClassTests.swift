import Text
import XCTest

@testable import Markdown

/// White space, punctuation and other characters, as the delimiter rules see them.
final class CharacterClassTests: XCTestCase {
  func testClasses() {
    XCTAssertEqual(CharacterClass(" "), .whitespace)
    XCTAssertEqual(CharacterClass("\u{A0}"), .whitespace)
    XCTAssertEqual(CharacterClass("\u{3000}"), .whitespace)
    XCTAssertEqual(CharacterClass("~"), .punctuation)
    XCTAssertEqual(CharacterClass("«"), .punctuation)
    XCTAssertEqual(CharacterClass("—"), .punctuation)
    XCTAssertEqual(CharacterClass("ж"), .other)
    XCTAssertEqual(CharacterClass("🍄"), .other)
  }

  func testScalarsInsideBuffers() {
    withBytes("aжb") { bytes in
      XCTAssertEqual(UTF8Text.scalar(in: bytes, at: 1).scalar, "ж")
      XCTAssertEqual(UTF8Text.scalar(in: bytes, at: 1).length, 2)
      XCTAssertEqual(UTF8Text.scalar(in: bytes, at: 2).scalar, "\u{FFFD}")
      XCTAssertEqual(CharacterClass.after(bytes, at: 1), .other)
    }
  }
}
