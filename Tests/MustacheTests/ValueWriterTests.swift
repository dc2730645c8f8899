import Text
import XCTest

@testable import Mustache

final class ValueWriterTests: XCTestCase {
  private func written(_ value: TemplateValue, escaped: Bool = true) -> String {
    var writer = ByteBuffer(capacity: 0)
    ValueWriter.write(value, escaped: escaped, into: &writer)
    var out: [UInt8] = []
    writer.append(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// A plain byte-by-byte escaper to compare the fast one with.
  private func reference(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  func testEscapesEachSpecialCharacter() {
    XCTAssertEqual(written("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;")
    XCTAssertEqual(written("&<>\"'", escaped: false), "&<>\"'")
  }

  func testEscapingMatchesAPlainEscaperAtEveryOffset() {
    let alphabet = Array("aя &<>\"'=/ё»1#%(?;")
    var seed: UInt64 = 42
    for length in 0..<70 {
      for _ in 0..<20 {
        var text = ""
        for _ in 0..<length {
          seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          text.append(alphabet[Int(seed >> 33) % alphabet.count])
        }
        XCTAssertEqual(written(.string(text)), reference(text), "text \(text.debugDescription)")
      }
    }
  }

  func testEscapingMatchesAPlainEscaperOnLongRandomTexts() {
    let clean = Array("abcdefgh ёжзий 0123456789 «»—…".unicodeScalars)
    let special = Array("&<>\"'".unicodeScalars)
    var seed: UInt64 = 7
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33)
    }
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      let length = next() % 200
      // Special characters now rare, now frequent, so that both clean and dirty blocks occur.
      let rarity = 1 + next() % 64
      for _ in 0..<length {
        let pool = next() % rarity == 0 ? special : clean
        text.append(pool[next() % pool.count])
      }
      let string = String(text)
      XCTAssertEqual(written(.string(string)), reference(string), string.debugDescription)
      XCTAssertEqual(written(.utf8(Array(string.utf8))), reference(string))
    }
  }

  func testEscapingDetectsEachSpecialByteAtEachPositionOfABlock() {
    for special in "&<>\"'" {
      for length in 1..<40 {
        for position in 0..<length {
          var text =
            String(repeating: "ж", count: length / 2) + String(repeating: "a", count: length % 2)
          let bytes = Array(text.utf8)
          var changed = bytes
          changed[min(position, bytes.count - 1)] = UInt8(ascii: special.unicodeScalars.first!)
          text = String(decoding: changed, as: UTF8.self)
          XCTAssertEqual(written(.string(text)), reference(text), text.debugDescription)
        }
      }
    }
  }

  func testIntegers() {
    XCTAssertEqual(written(0), "0")
    XCTAssertEqual(written(7), "7")
    XCTAssertEqual(written(-42), "-42")
    XCTAssertEqual(written(.int(Int.max)), "9223372036854775807")
    XCTAssertEqual(written(.int(Int.min)), "-9223372036854775808")
  }

  func testDoubles() {
    XCTAssertEqual(written(1.21), "1.21")
    XCTAssertEqual(written(1.0), "1")
    XCTAssertEqual(written(-2.0), "-2")
    XCTAssertEqual(written(-0.5), "-0.5")
    XCTAssertEqual(written(.double(0.1 + 0.2)), "0.30000000000000004")
    XCTAssertEqual(written(1e20), "1e+20")
    XCTAssertEqual(written(.double(.infinity)), "inf")
  }

  func testBooleansAndEmptyValues() {
    XCTAssertEqual(written(true), "true")
    XCTAssertEqual(written(false), "false")
    XCTAssertEqual(written(nil), "")
    XCTAssertEqual(written([1]), "")
    XCTAssertEqual(written(["a": 1]), "")
  }
}
