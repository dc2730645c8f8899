import XCTest

@testable import FrontMatter

final class YAMLParserBlockCollectionsTests: XCTestCase {
  func testNestedMappingsKeepOrderAndLocations() {
    let value = parseOrFail("школа:\n  название: «Гимназия №1»\n  город: Казань\nкласс: 7\n")
    XCTAssertEqual(
      shape(value), #"{школа: {название: "«Гимназия №1»", город: "Казань"}, класс: 7}"#)
    XCTAssertEqual(value["школа"]?.location, at(2, 3))
    XCTAssertEqual(value["школа"]?["город"]?.location, at(3, 10))
    XCTAssertEqual(value.mapping?.entries.map(\.keyLocation), [at(1, 1), at(4, 1)])
  }

  func testSequenceOfMappingsGivesPositionsOfNestedValues() {
    let value = parseOrFail(
      "title: Урок\ntags: [дроби]\nauthors:\n- name: Иванова\n- grade: 7\n  org: школа\n")
    let second = value["authors"]?.array?[1]
    XCTAssertEqual(second?["grade"]?.int, 7)
    XCTAssertEqual(second?["grade"]?.location, at(5, 10))
    XCTAssertEqual(second?.mapping?.entries.first?.keyLocation, at(5, 3))
    XCTAssertEqual(second?["org"]?.location, at(6, 8))
    XCTAssertEqual(value["authors"]?.location, at(4, 1))
  }

  func testIndentedSequenceOfMappings() {
    let value = parseOrFail(
      "participants:\n  - name: Петров П. П.\n    org: школа №5\n  - name: Сидорова\n")
    XCTAssertEqual(
      shape(value),
      #"{participants: [{name: "Петров П. П.", org: "школа №5"}, {name: "Сидорова"}]}"#)
    XCTAssertEqual(value["participants"]?.array?[0]["org"]?.location, at(3, 10))
  }

  func testListAtSameIndentationAsItsKeyThenNextKey() {
    XCTAssertEqual(
      shapeOf("subjects:\n- математика\n- физика\ngrades: [5, 6]\n"),
      #"{subjects: ["математика", "физика"], grades: [5, 6]}"#)
  }

  func testCompactNestedSequences() {
    XCTAssertEqual(shapeOf("- - a\n  - b\n- c\n-\n  - d\n"), #"[["a", "b"], "c", ["d"]]"#)
  }

  func testEmptyValuesAreNullWithLocations() {
    let value = parseOrFail("a:\nb: # пусто\nc:\n  -\n  - x\n")
    XCTAssertEqual(shape(value), #"{a: null, b: null, c: [null, "x"]}"#)
    XCTAssertEqual(value["a"]?.location, at(1, 3))
    XCTAssertEqual(value["a"]?.isNull, true)
    XCTAssertEqual(value["c"]?.array?[0].location, at(4, 4))
  }

  func testDeepNestingWithinLimit() {
    var text = ""
    for level in 0..<20 { text += String(repeating: "  ", count: level) + "k\(level):\n" }
    text += String(repeating: "  ", count: 20) + "end: yes"
    var value = parseOrFail(text)
    for level in 0..<20 { value = value["k\(level)"] ?? YAMLValue(.null) }
    XCTAssertEqual(value["end"]?.string, "yes")
  }

  func testBlockNestingDeeperThanLimitIsAnError() {
    let text = String(repeating: "- ", count: 70) + "x"
    assertYAMLError(
      text, line: 1, column: 129, "nesting deeper than 64 levels: flatten the structure")
  }

  func testMoreIndentedKeyIsBadIndentation() {
    assertYAMLError(
      "title: \"x\"\n  date: 2024-01-01\n", line: 2, column: 3,
      "bad indentation: expected this line at column 1, in line with the key 'title' on line 1")
  }

  func testDedentToUnknownLevelIsBadIndentation() {
    assertYAMLError(
      "a:\n    b: 1\n  c: 2\n", line: 3, column: 3,
      "bad indentation: expected this line at column 1, in line with the key 'a' on line 1")
  }

  func testMisalignedListItemIsBadIndentation() {
    assertYAMLError(
      "tags:\n  - a\n  - \"b\"\n   - c\n", line: 4, column: 4,
      "bad indentation: expected this line at column 3, in line with the '-' on line 3")
  }

  func testKeyInsideListNeedsDash() {
    assertYAMLError(
      "- a\nb: 1\n", line: 2, column: 1,
      "expected '- ' here to continue the list that starts on line 1: add '- ' or fix the indentation"
    )
  }

  func testListItemAfterKeyValueIsAnError() {
    assertYAMLError(
      "a: 1\n- b\n", line: 2, column: 1,
      "expected 'key: value' here, found a list item: put the list under a key ending in ':'")
  }

  func testLineWithoutColonInMappingIsAnError() {
    assertYAMLError(
      "title: Урок\nпросто текст\n", line: 2, column: 1,
      "expected 'key: value' here: add ': ' after the key")
    assertYAMLError(
      "title: Урок\nclass:7\n", line: 2, column: 6,
      "expected 'key: value' here: add a space after ':'")
  }

  func testListOnTheKeyLineIsAnError() {
    assertYAMLError(
      "tags: - a\n", line: 1, column: 7,
      "a list cannot start on the same line as its key: put each '- item' on its own line below the key"
    )
  }

  func testDuplicateKeyInNestedMapping() {
    assertYAMLError(
      "author:\n  name: A\n  org: B\n  name: C\n", line: 4, column: 3,
      "duplicate key 'name' (first defined on line 2)")
  }

  func testDuplicateKeyInLargeMapping() {
    var text = ""
    for index in 0..<30 { text += "k\(index): \(index)\n" }
    text += "k7: again\n"
    assertYAMLError(text, line: 31, column: 1, "duplicate key 'k7' (first defined on line 8)")
  }

  func testTabIndentationIsAnError() {
    assertYAMLError(
      "a:\n\tb: 1\n", line: 2, column: 1, "tabs are not allowed for indentation: use spaces")
    assertYAMLError(
      "a:\n  - x\n  \t- y\n", line: 3, column: 3, "tabs are not allowed for indentation: use spaces"
    )
  }

  func testTabAfterColonIsSeparation() {
    XCTAssertEqual(shapeOf("a:\t1\nb: \tx\t# c\n"), #"{a: 1, b: "x"}"#)
  }

  func testBlockIndicatorCannotStartAKey() {
    assertYAMLError(
      "a: 1\n|b: 2\n", line: 2, column: 1, "'|' cannot start a value: put the value in quotes")
  }
}
