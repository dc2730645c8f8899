import FrontMatter
import XCTest

@testable import Site

final class GradeListTests: XCTestCase {
  private func grades(_ yaml: String) -> ([Int], [Diagnostic]) {
    let bag = DiagnosticBag()
    let value = try? FrontMatter.parseYAML("grade: \(yaml)\n")
    let reader = FieldReader(path: "x.md", diagnostics: bag)
    return (GradeList.read(value?["grade"], named: "grade", reader: reader), bag.sorted)
  }

  func testNumberListAndRange() {
    XCTAssertEqual(grades("5").0, [5])
    XCTAssertEqual(grades("[7, 5, 7]").0, [5, 7])
    XCTAssertEqual(grades("\"5-7\"").0, [5, 6, 7])
    XCTAssertEqual(grades("5–7").0, [5, 6, 7])
    XCTAssertEqual(grades("[1, \"10-11\"]").0, [1, 10, 11])
  }

  func testOutOfRangeIsAnErrorAtTheValue() {
    let (values, diagnostics) = grades("12")
    XCTAssertEqual(values, [])
    XCTAssertEqual(
      diagnostics.map(\.description),
      [
        "x.md:1:8: error: 'grade' must be a grade from 1 to 11, a list such as [5, 6] or a range such as 5-7, not '12'"
      ])
  }

  func testReversedRangeAndWordsAreErrors() {
    XCTAssertEqual(grades("\"7-5\"").1.count, 1)
    XCTAssertEqual(grades("пятый").1.count, 1)
    XCTAssertEqual(grades("[5, 0]").0, [5])
  }
}
