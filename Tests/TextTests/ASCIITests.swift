import XCTest

@testable import Text

/// Each ASCII class agrees with Swift's `Character` properties on every byte.
final class ASCIITests: XCTestCase {
  func testClassesOfEveryByte() {
    for value in 0...255 {
      let byte = UInt8(value)
      let character = Character(Unicode.Scalar(byte))
      let ascii = byte < 0x80
      XCTAssertEqual(ASCII.isLetter(byte), ascii && character.isLetter, "\(byte)")
      XCTAssertEqual(ASCII.isUpper(byte), ascii && character.isUppercase, "\(byte)")
      XCTAssertEqual(ASCII.isLower(byte), ascii && character.isLowercase, "\(byte)")
      XCTAssertEqual(ASCII.isDigit(byte), ascii && character.isNumber, "\(byte)")
      XCTAssertEqual(
        ASCII.isPunctuation(byte), ascii && (character.isPunctuation || character.isSymbol),
        "\(byte)")
      XCTAssertEqual(
        ASCII.lowercased(byte), ascii ? Character(character.lowercased()).asciiValue! : byte)
      XCTAssertEqual(ASCII.hexValue(byte), ascii ? character.hexDigitValue : nil, "\(byte)")
    }
    XCTAssertEqual((0...255).filter { ASCII.isSpace(UInt8($0)) }, [9, 10, 11, 12, 13, 32])
  }
}
