import XCTest

@testable import Mustache

final class TemplateValueTests: XCTestCase {
  func testLiteralsMakeTheMatchingCases() {
    let value: TemplateValue = ["a": 1, "b": "x", "c": true, "d": [1.5, nil]]
    XCTAssertEqual(
      value,
      .dictionary([
        "a": .int(1), "b": .string("x"), "c": .bool(true), "d": .array([.double(1.5), .null]),
      ]))
  }

  func testFalseNullEmptyListAndEmptyStringAreFalsey() {
    XCTAssertFalse(TemplateValue.null.isTruthy)
    XCTAssertFalse(TemplateValue.bool(false).isTruthy)
    XCTAssertFalse(TemplateValue.array([]).isTruthy)
    XCTAssertFalse(TemplateValue.string("").isTruthy)
    XCTAssertFalse(TemplateValue.utf8([]).isTruthy)
    XCTAssertTrue(TemplateValue.utf8(Array("0".utf8)).isTruthy)
  }

  func testNumbersMapsAndLambdasAreTruthy() {
    XCTAssertTrue(TemplateValue.int(0).isTruthy)
    XCTAssertTrue(TemplateValue.double(0).isTruthy)
    XCTAssertTrue(TemplateValue.dictionary([:]).isTruthy)
    XCTAssertTrue(TemplateValue.string("0").isTruthy)
    XCTAssertTrue(TemplateValue.lambda(TemplateLambda { $0 }).isTruthy)
  }

  func testSubscriptReadsDictionariesOnly() {
    let value: TemplateValue = ["title": "Урок"]
    XCTAssertEqual(value["title"], .string("Урок"))
    XCTAssertNil(value["missing"])
    XCTAssertNil(TemplateValue.array(["title"])["title"])
  }

  func testSectionsTreatValuesByTruthiness() throws {
    let template = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
    XCTAssertEqual(try render(template, ["v": ""]), "no")
    XCTAssertEqual(try render(template, ["v": 0]), "yes")
    XCTAssertEqual(try render(template, ["v": [:]]), "yes")
    XCTAssertEqual(try render(template, ["v": []]), "no")
    XCTAssertEqual(try render(template, ["v": nil]), "no")
    XCTAssertEqual(try render(template, [:]), "no")
  }
}
