import XCTest

@testable import FrontMatter

final class YAMLParserDocumentTests: XCTestCase {
  func testAnchorsAreNotSupported() {
    assertYAMLError(
      "a: &база 1\n", line: 1, column: 4,
      "anchors ('&') are not supported: write the value out in full")
    assertYAMLError(
      "&a key: 1\n", line: 1, column: 1,
      "anchors ('&') are not supported: write the value out in full")
  }

  func testAliasesAreNotSupported() {
    assertYAMLError(
      "a: 1\nb: *a\n", line: 2, column: 4,
      "aliases ('*') are not supported: write the value out in full, or quote it if '*' is text")
    assertYAMLError(
      "a: [x, *a]\n", line: 1, column: 8,
      "aliases ('*') are not supported: write the value out in full, or quote it if '*' is text")
  }

  func testTagsAreNotSupported() {
    assertYAMLError(
      "a: !!str 5\n", line: 1, column: 4,
      "tags ('!') are not supported: remove the tag, or quote the value if '!' is text")
  }

  func testComplexKeysAreNotSupported() {
    assertYAMLError(
      "? a\n: b\n", line: 1, column: 1,
      "complex keys ('?') are not supported: write 'key: value' on one line")
    assertYAMLError(
      "x: 1\n? a\n", line: 2, column: 1,
      "complex keys ('?') are not supported: write 'key: value' on one line")
  }

  func testDirectivesAreNotSupported() {
    assertYAMLError(
      "%YAML 1.2\n---\na: 1\n", line: 1, column: 1,
      "directives ('%') are not supported: remove this line")
  }

  func testSeveralDocumentsAreNotSupported() {
    assertYAMLError(
      "a: 1\n---\nb: 2\n", line: 2, column: 1,
      "several documents are not supported: remove this '---' line")
    assertYAMLError(
      "a: 1\n...\n", line: 2, column: 1,
      "document end markers ('...') are not supported: remove this line")
  }

  func testTextAfterDocumentStartIsAnError() {
    assertYAMLError(
      "--- a: 1\n", line: 1, column: 5,
      "unexpected text after '---': start the fields on the next line")
  }

  func testTextAfterTopLevelValueIsAnError() {
    assertYAMLError(
      "\"заголовок\"\nещё\n", line: 2, column: 1,
      "unexpected text after the value that starts on line 1: check the indentation of this line")
  }

  func testPlainMarkersInsideValuesAreText() {
    XCTAssertEqual(
      shapeOf("a: Том & Джерри\nb: 5 * 3\nc: Ура!\nd: что? где?\n"),
      #"{a: "Том & Джерри", b: "5 * 3", c: "Ура!", d: "что? где?"}"#)
  }

  func testColumnsCountCharactersNotBytes() {
    assertYAMLError(
      "тема: «дроби»: x\n", line: 1, column: 14,
      "mapping values are not allowed here: quote the value if it contains ': '")
  }
}
