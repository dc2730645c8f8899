import XCTest

@testable import FrontMatter

final class YAMLMappingTests: XCTestCase {
  func testKeysIterationAndLookup() {
    let mapping = parseOrFail("b: 1\na: 2\nв: 3\n").mapping ?? YAMLMapping()
    XCTAssertEqual(mapping.keys, ["b", "a", "в"])
    XCTAssertEqual(mapping.map(\.key), ["b", "a", "в"])
    XCTAssertEqual(mapping["в"]?.int, 3)
    XCTAssertNil(mapping["c"])
    XCTAssertEqual(mapping.count, 3)
    XCTAssertEqual(mapping.entry(for: "a")?.keyLocation, at(2, 1))
  }

  func testBuildingInCode() {
    var mapping = YAMLMapping()
    XCTAssertTrue(mapping.isEmpty)
    mapping.entries.append(.init(key: "k", keyLocation: at(1, 1), value: YAMLValue(.bool(true))))
    XCTAssertEqual(mapping["k"]?.bool, true)
  }
}
