import XCTest

@testable import Mustache

final class TemplateErrorTests: XCTestCase {
  func testDescriptionIsFileLineColumnMessage() {
    let error = TemplateError(file: "layouts/base.mustache", line: 3, column: 7, message: "boom")
    XCTAssertEqual(error.description, "layouts/base.mustache:3:7: boom")
  }

  func testDescriptionWithoutLineIsFileAndMessage() {
    let error = TemplateError(file: "page", line: 0, column: 0, message: "unknown template 'page'")
    XCTAssertEqual(error.description, "page: unknown template 'page'")
  }

  func testSourcePositionMakesErrors() {
    let position = SourcePosition(file: "a.mustache", line: 2, column: 5)
    XCTAssertEqual(
      position.error("bad"), TemplateError(file: "a.mustache", line: 2, column: 5, message: "bad"))
  }
}
