import XCTest

@testable import FrontMatter

final class YAMLValueTests: XCTestCase {
  func testKindLocationAndSourceText() {
    let value = parseOrFail("a: 0x10\n")["a"]
    XCTAssertEqual(value, YAMLValue(.int(16), location: at(1, 4), sourceText: "0x10"))
  }

  func testValuesMadeInCodeHaveZeroLocation() {
    let value = YAMLValue(.string("x"))
    XCTAssertEqual(value.location, at(0, 0))
    XCTAssertNil(value.sourceText)
  }

  func testCollectionsHaveNoSourceText() {
    let value = parseOrFail("a: [1]\nb:\n  c: 1\n")
    XCTAssertNil(value["a"]?.sourceText)
    XCTAssertNil(value["b"]?.sourceText)
  }
}
