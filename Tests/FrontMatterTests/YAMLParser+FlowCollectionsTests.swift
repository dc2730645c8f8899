import XCTest

@testable import FrontMatter

final class YAMLParserFlowCollectionsTests: XCTestCase {
  func testFlowSequenceWithQuotedComma() {
    let value = parseOrFail("tags: [дроби, \"b, c\", 'd']\n")
    XCTAssertEqual(value["tags"]?.strings, ["дроби", "b, c", "d"])
    XCTAssertEqual(value["tags"]?.location, at(1, 7))
    XCTAssertEqual(value["tags"]?.array?[1].location, at(1, 15))
  }

  func testFlowMappingOfAPerson() {
    let value = parseOrFail("author: {name: \"Иванова А. А.\", org: «Школа №5»}\n")
    XCTAssertEqual(shape(value), #"{author: {name: "Иванова А. А.", org: "«Школа №5»"}}"#)
    XCTAssertEqual(value["author"]?.mapping?.entries[1].keyLocation, at(1, 33))
    XCTAssertEqual(value["author"]?["org"]?.location, at(1, 38))
  }

  func testNestedFlowsSpanningLines() {
    let value = parseOrFail(
      "participants: [{name: A, org: B},\n  {name: C,\n   org: [x, y]}]\nnext: 1\n")
    XCTAssertEqual(
      shape(value),
      #"{participants: [{name: "A", org: "B"}, {name: "C", org: ["x", "y"]}], next: 1}"#)
    XCTAssertEqual(value["participants"]?.array?[1]["org"]?.location, at(3, 9))
  }

  func testFlowValuesAreTyped() {
    XCTAssertEqual(
      shapeOf("a: [1, 2.5, true, null, 2024-03-01, ~, x]"),
      #"{a: [1, 2.5d, true, null, @2024-03-01, null, "x"]}"#)
  }

  func testEmptyFlowsAndTrailingComma() {
    XCTAssertEqual(shapeOf("a: []\nb: {}\nc: [x, y,]\n"), #"{a: [], b: {}, c: ["x", "y"]}"#)
  }

  func testFlowMappingKeysWithoutValues() {
    XCTAssertEqual(shapeOf("a: {x, y: 1, z:}\n"), "{a: {x: null, y: 1, z: null}}")
  }

  func testSinglePairMappingInFlowSequence() {
    XCTAssertEqual(shapeOf("a: [k: v, w]\n"), #"{a: [{k: "v"}, "w"]}"#)
  }

  func testMultiLinePlainScalarInFlow() {
    XCTAssertEqual(shapeOf("a: [одна\n  строка, две]\n"), #"{a: ["одна строка", "две"]}"#)
  }

  func testCommentsAndClosingBracketAtLineStart() {
    XCTAssertEqual(shapeOf("a: [\n  x, # первый\n  y\n]\nb: 2\n"), #"{a: ["x", "y"], b: 2}"#)
  }

  func testFlowCollectionAtTopLevel() {
    XCTAssertEqual(shapeOf("{a: 1, b: [2]}"), "{a: 1, b: [2]}")
  }

  func testUnclosedBracketAtEndOfInput() {
    assertYAMLError(
      "a: 1\ntags: [a, b", line: 2, column: 7, "unclosed bracket '[': add ']' after the last item")
  }

  func testUnclosedBracketWhenNextKeyStarts() {
    assertYAMLError(
      "tags: [a, b\ntitle: x\n", line: 1, column: 7,
      "unclosed bracket '[': add ']' after the last item, or indent the lines that continue the list"
    )
    assertYAMLError(
      "author: {name: x,\norg: y}\n", line: 1, column: 9,
      "unclosed brace '{': add '}' after the last entry, or indent the lines that continue the map")
  }

  func testUnclosedBrace() {
    assertYAMLError(
      "- {name: x, org: [a, b]\n", line: 1, column: 3,
      "unclosed brace '{': add '}' after the last entry")
  }

  func testMismatchedClosingBracketReportsInnerOpening() {
    assertYAMLError(
      "a: {b: [1, 2}\n", line: 1, column: 8, "unclosed bracket '[': add ']' after the last item")
  }

  func testMissingComma() {
    assertYAMLError(
      "a: [\"x\" \"y\"]\n", line: 1, column: 9, "expected ',' or ']' after the list item")
    assertYAMLError(
      "a: {b: \"x\" c}\n", line: 1, column: 12, "expected ',' or '}' after the map entry")
  }

  func testExtraComma() {
    assertYAMLError(
      "a: [x, , y]\n", line: 1, column: 8, "unexpected ',': remove it or put a value before it")
  }

  func testDuplicateKeyInFlowMapping() {
    assertYAMLError(
      "a: {x: 1,\n  x: 2}\n", line: 2, column: 3, "duplicate key 'x' (first defined on line 1)")
  }

  func testFlowCollectionAsKeyIsAnError() {
    assertYAMLError(
      "[a, b]: c\n", line: 1, column: 7,
      "mapping values are not allowed here: a key must be a word or a quoted string, not a list or a map"
    )
    assertYAMLError(
      "a: {[x]: 1}\n", line: 1, column: 5,
      "mapping values are not allowed here: a key must be a word or a quoted string, not a list or a map"
    )
  }

  func testTextAfterClosingBracketIsAnError() {
    assertYAMLError(
      "a: [x] y\n", line: 1, column: 8,
      "unexpected text after the closing bracket: put it inside the brackets, or write ' #' before a comment"
    )
  }

  func testBlockIndicatorsInsideFlowAreErrors() {
    assertYAMLError(
      "a: [|, x]\n", line: 1, column: 5,
      "block scalars ('|', '>') cannot be used inside [ ] or { }: use a quoted string")
    assertYAMLError(
      "a: [- x]\n", line: 1, column: 5,
      "'- ' list items cannot be used inside [ ] or { }: separate the items with ','")
  }

  func testFlowNestingDeeperThanLimitIsAnError() {
    let text = "a: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    assertYAMLError(
      text, line: 1, column: 66, "nesting deeper than 64 levels: flatten the structure")
  }

  func testLoneDashInFlowIsText() {
    XCTAssertEqual(shapeOf("a: [-, -1, -x]\n"), #"{a: ["-", -1, "-x"]}"#)
  }
}
