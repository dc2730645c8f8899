import XCTest

@testable import FrontMatter

final class YAMLValueAccessorsTests: XCTestCase {
  private let page = parseOrFail(
    """
    title: Дроби
    class: 5
    score: 4.5
    draft: false
    date: 2024-03-01
    tags: [дроби, 5, 2024-03-01]
    subject: математика
    mixed: [a, {b: c}]
    empty:
    author: {name: Иванова}
    """)

  func testStringOnlyForStrings() {
    XCTAssertEqual(page["title"]?.string, "Дроби")
    XCTAssertNil(page["class"]?.string)
  }

  func testScalarStringRendersEveryScalar() {
    XCTAssertEqual(page["class"]?.scalarString, "5")
    XCTAssertEqual(page["score"]?.scalarString, "4.5")
    XCTAssertEqual(page["draft"]?.scalarString, "false")
    XCTAssertEqual(page["date"]?.scalarString, "2024-03-01")
    XCTAssertNil(page["empty"]?.scalarString)
    XCTAssertNil(page["tags"]?.scalarString)
    XCTAssertEqual(YAMLValue(.int(7)).scalarString, "7")
    XCTAssertEqual(YAMLValue(.double(-.infinity)).scalarString, "-.inf")
    XCTAssertEqual(
      YAMLValue(.date(YAMLDate(year: 2024, month: 1, day: 2))).scalarString, "2024-01-02")
  }

  func testStringsFromListOrSingleScalar() {
    XCTAssertEqual(page["tags"]?.strings, ["дроби", "5", "2024-03-01"])
    XCTAssertEqual(page["subject"]?.strings, ["математика"])
    XCTAssertNil(page["mixed"]?.strings)
    XCTAssertNil(page["empty"]?.strings)
    XCTAssertNil(page["author"]?.strings)
  }

  func testNumbersBooleansAndDates() {
    XCTAssertEqual(page["class"]?.int, 5)
    XCTAssertEqual(page["class"]?.double, 5.0)
    XCTAssertEqual(page["score"]?.double, 4.5)
    XCTAssertNil(page["score"]?.int)
    XCTAssertEqual(page["draft"]?.bool, false)
    XCTAssertEqual(page["date"]?.date, YAMLDate(year: 2024, month: 3, day: 1))
    XCTAssertNil(page["title"]?.date)
  }

  func testCollectionsAndSubscripts() {
    XCTAssertEqual(page["tags"]?.array?.count, 3)
    XCTAssertEqual(page["author"]?.mapping?.keys, ["name"])
    XCTAssertEqual(page["author"]?["name"]?.string, "Иванова")
    XCTAssertNil(page["title"]?["name"])
    XCTAssertNil(page["missing"])
    XCTAssertEqual(page["empty"]?.isNull, true)
    XCTAssertEqual(page["title"]?.isNull, false)
  }

  func testTypeDescriptions() {
    let described = ["title", "class", "score", "draft", "date", "tags", "author", "empty"].map {
      page[$0]?.typeDescription ?? "?"
    }
    XCTAssertEqual(
      described,
      ["a string", "a number", "a number", "true/false", "a date", "a list", "a map", "nothing"])
  }
}
