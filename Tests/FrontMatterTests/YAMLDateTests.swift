import XCTest

@testable import FrontMatter

final class YAMLDateTests: XCTestCase {
  func testDescriptionOfDate() {
    XCTAssertEqual(YAMLDate(year: 2012, month: 11, day: 5).description, "2012-11-05")
  }

  func testDescriptionOfDateTime() {
    let date = YAMLDate(year: 2024, month: 3, day: 1, hour: 9, minute: 5)
    XCTAssertEqual(date.description, "2024-03-01T09:05:00")
  }

  func testDescriptionWithOffsetsAndFraction() {
    XCTAssertEqual(
      YAMLDate(
        year: 2024, month: 3, day: 1, hour: 10, minute: 0, second: 7, timeZoneOffsetMinutes: 0
      )
      .description, "2024-03-01T10:00:07Z")
    XCTAssertEqual(
      YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, timeZoneOffsetMinutes: 180)
        .description, "2024-03-01T10:00:00+03:00")
    XCTAssertEqual(
      YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, timeZoneOffsetMinutes: -330)
        .description, "2024-03-01T10:00:00-05:30")
    XCTAssertEqual(
      YAMLDate(
        year: 2024, month: 3, day: 1, hour: 10, minute: 0, second: 0, nanosecond: 500_000_000
      )
      .description, "2024-03-01T10:00:00.5")
  }

  func testOrderingFollowsWrittenFields() {
    let day = YAMLDate(year: 2024, month: 3, day: 1)
    let morning = YAMLDate(year: 2024, month: 3, day: 1, hour: 9, minute: 0)
    let evening = YAMLDate(year: 2024, month: 3, day: 1, hour: 18, minute: 30)
    let nextDay = YAMLDate(year: 2024, month: 3, day: 2)
    XCTAssertEqual([nextDay, evening, day, morning].sorted(), [day, morning, evening, nextDay])
    XCTAssertLessThan(YAMLDate(year: 2023, month: 12, day: 31), day)
  }

  func testSecondsSince1970() {
    XCTAssertEqual(YAMLDate(year: 1970, month: 1, day: 1).secondsSince1970(), 0)
    XCTAssertEqual(YAMLDate(year: 2024, month: 3, day: 1).secondsSince1970(), 1_709_251_200)
    let moscow = YAMLDate(
      year: 2024, month: 3, day: 1, hour: 3, minute: 0, timeZoneOffsetMinutes: 180)
    XCTAssertEqual(moscow.secondsSince1970(), 1_709_251_200)
    let local = YAMLDate(year: 2024, month: 3, day: 1, hour: 3, minute: 0)
    XCTAssertEqual(local.secondsSince1970(assumingOffsetMinutes: 180), 1_709_251_200)
    XCTAssertEqual(YAMLDate(year: 1969, month: 12, day: 31).secondsSince1970(), -86_400)
  }

  func testDateValuesFromDocument() {
    let value = parseOrFail("date: 2024-03-01 10:00 +03:00\n")
    XCTAssertEqual(value["date"]?.date?.description, "2024-03-01T10:00:00+03:00")
    XCTAssertEqual(value["date"]?.scalarString, "2024-03-01T10:00:00+03:00")
    XCTAssertEqual(value["date"]?.sourceText, "2024-03-01 10:00 +03:00")
    XCTAssertEqual(value["date"]?.date?.hasTime, true)
  }
}
