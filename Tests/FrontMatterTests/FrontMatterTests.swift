import XCTest

@testable import FrontMatter

final class FrontMatterTests: XCTestCase {
  func testParseReturnsFieldsBodyAndBodyLine() throws {
    let page = try FrontMatter.parse("---\ntitle: Дроби\nclass: 5\n---\nТекст урока\n")
    XCTAssertEqual(page.fields.keys, ["title", "class"])
    XCTAssertEqual(page.fields["title"]?.string, "Дроби")
    XCTAssertEqual(page.fields["title"]?.location, at(2, 8))
    XCTAssertEqual(page.fields["class"]?.int, 5)
    XCTAssertEqual(page.body, "Текст урока\n")
    XCTAssertEqual(page.bodyFirstLine, 5)
  }

  func testCleanBytesGiveTheSameFieldsAndTheBodyOffset() throws {
    for text in [
      "---\ntitle: Дроби\ntags: [a, b]\n---\n# Урок\n", "Просто текст\n", "---\n# c\n---\n",
      "---\ntitle: x\n...\nтело",
    ] {
      let expected = try FrontMatter.parse(text)
      let bytes = Array(text.utf8)
      let parsed = try XCTUnwrap(
        try bytes.withUnsafeBufferPointer { buffer throws(FrontMatterError) in
          try FrontMatter.parse(cleanUTF8: buffer)
        })
      XCTAssertEqual(parsed.fields, expected.fields, text)
      XCTAssertEqual(parsed.bodyFirstLine, expected.bodyFirstLine, text)
      XCTAssertEqual(
        String(decoding: bytes[parsed.bodyOffset...], as: UTF8.self), expected.body, text)
    }
  }

  func testCleanBytesAPIDeclinesByteOrderMarksAndCarriageReturnsAndReportsErrors() throws {
    for text in ["\u{FEFF}---\na: 1\n---\n", "---\r\na: 1\r\n---\r\n"] {
      let result = try Array(text.utf8).withUnsafeBufferPointer { buffer throws(FrontMatterError) in
        try FrontMatter.parse(cleanUTF8: buffer)
      }
      XCTAssertNil(result, text)
    }
    XCTAssertThrowsError(
      try Array("---\na: 1\n".utf8).withUnsafeBufferPointer { buffer throws(FrontMatterError) in
        try FrontMatter.parse(cleanUTF8: buffer)
      })
  }

  func testPageWithoutFrontMatterHasNoFields() throws {
    let page = try FrontMatter.parse("Просто текст")
    XCTAssertTrue(page.fields.isEmpty)
    XCTAssertEqual(page.body, "Просто текст")
    XCTAssertEqual(page.bodyFirstLine, 1)
  }

  func testCommentOnlyFrontMatterHasNoFields() throws {
    let page = try FrontMatter.parse("---\n# черновик\n\n---\nB")
    XCTAssertTrue(page.fields.isEmpty)
    XCTAssertEqual(page.bodyFirstLine, 5)
  }

  func testTopLevelListIsAnError() {
    XCTAssertThrowsError(try FrontMatter.parse("---\n- a\n- b\n---\n")) { error in
      XCTAssertEqual(
        error as? FrontMatterError,
        FrontMatterError(
          location: at(2, 1),
          message: "front matter must be a map of 'key: value' lines, found a list"))
    }
  }

  func testTopLevelScalarIsAnError() {
    XCTAssertThrowsError(try FrontMatter.parse("---\n\n  просто текст\n---\n")) { error in
      XCTAssertEqual(
        error as? FrontMatterError,
        FrontMatterError(
          location: at(3, 3),
          message: "front matter must be a map of 'key: value' lines, found a string"))
    }
  }

  func testErrorsUseFileLines() {
    XCTAssertThrowsError(try FrontMatter.parse("---\ntitle: a\ntitle: b\n---\n")) { error in
      XCTAssertEqual(
        error as? FrontMatterError,
        FrontMatterError(
          location: at(3, 1), message: "duplicate key 'title' (first defined on line 2)"))
    }
  }

  func testBOMAndCRLFKeepFileCoordinates() throws {
    let page = try FrontMatter.parse("\u{FEFF}---\r\nтема: «Дроби»\r\nкласс: 5\r\n---\r\nТекст\r\n")
    XCTAssertEqual(page.fields["тема"]?.string, "«Дроби»")
    XCTAssertEqual(page.fields["класс"]?.location, at(3, 8))
    XCTAssertEqual(page.fields.entries[1].keyLocation, at(3, 1))
    XCTAssertEqual(page.body, "Текст\n")
  }

  func testParseYAMLOffsetsLinesByFirstLine() throws {
    let value = try FrontMatter.parseYAML("a: 1\nb:\n  - x", firstLine: 10)
    XCTAssertEqual(value["a"]?.location, at(10, 4))
    XCTAssertEqual(value["b"]?.array?.first?.location, at(12, 5))
    assertYAMLError(
      "a: 1\na: 2", line: 11, column: 1, "duplicate key 'a' (first defined on line 10)",
      firstLine: 10)
  }

  func testEmptyYAMLIsAnEmptyMapping() throws {
    XCTAssertEqual(try FrontMatter.parseYAML("").mapping, YAMLMapping())
    XCTAssertEqual(try FrontMatter.parseYAML("\n  \n# только комментарий\n").mapping, YAMLMapping())
  }

  func testParseYAMLAcceptsCRLFAndBOM() throws {
    let value = try FrontMatter.parseYAML("\u{FEFF}a: 1\r\nb: [x,\r\n  y]\r\n")
    XCTAssertEqual(shape(value), #"{a: 1, b: ["x", "y"]}"#)
    XCTAssertEqual(value["a"]?.location, at(1, 4))
  }

  func testConfigurationMayStartWithDocumentMarker() throws {
    XCTAssertEqual(shapeOf("# site\n---\ntitle: Сеть\n"), #"{title: "Сеть"}"#)
  }
}
