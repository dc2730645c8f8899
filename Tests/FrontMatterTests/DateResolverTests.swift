import XCTest

@testable import FrontMatter

final class DateResolverTests: XCTestCase {
  private func resolve(_ text: String) -> ScalarResolver.Resolution {
    ScalarResolver.resolve(Array(text.utf8)[...])
  }

  func testDate() {
    XCTAssertEqual(resolve("2024-03-01"), .kind(.date(YAMLDate(year: 2024, month: 3, day: 1))))
  }

  func testDateTimeWithT() {
    XCTAssertEqual(
      resolve("2024-03-01T10:00:00"),
      .kind(.date(YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, second: 0))))
  }

  func testDateTimeWithSpaceAndNoSeconds() {
    XCTAssertEqual(
      resolve("2024-03-01 9:05"),
      .kind(.date(YAMLDate(year: 2024, month: 3, day: 1, hour: 9, minute: 5))))
  }

  func testTimeZones() {
    XCTAssertEqual(
      resolve("2024-03-01T10:00:00Z"),
      .kind(
        .date(
          YAMLDate(
            year: 2024, month: 3, day: 1, hour: 10, minute: 0, second: 0, timeZoneOffsetMinutes: 0))
      ))
    XCTAssertEqual(
      resolve("2024-03-01 10:00 +03:00"),
      .kind(
        .date(
          YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, timeZoneOffsetMinutes: 180))))
    XCTAssertEqual(
      resolve("2024-03-01T10:00-0530"),
      .kind(
        .date(
          YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, timeZoneOffsetMinutes: -330)))
    )
    XCTAssertEqual(
      resolve("2024-03-01T10:00+5"),
      .kind(
        .date(
          YAMLDate(year: 2024, month: 3, day: 1, hour: 10, minute: 0, timeZoneOffsetMinutes: 300))))
  }

  func testFractionalSeconds() {
    XCTAssertEqual(
      resolve("2024-03-01T10:00:00.250Z"),
      .kind(
        .date(
          YAMLDate(
            year: 2024, month: 3, day: 1, hour: 10, minute: 0, second: 0,
            nanosecond: 250_000_000, timeZoneOffsetMinutes: 0))))
  }

  func testLeapDay() {
    XCTAssertEqual(resolve("2024-02-29"), .kind(.date(YAMLDate(year: 2024, month: 2, day: 29))))
    XCTAssertEqual(resolve("2000-02-29"), .kind(.date(YAMLDate(year: 2000, month: 2, day: 29))))
  }

  func testImpossibleDatesAreReported() {
    XCTAssertEqual(resolve("2024-13-01"), .invalidDate("month 13 is not between 1 and 12"))
    XCTAssertEqual(
      resolve("2023-02-29"), .invalidDate("day 29 is not between 1 and 28 in that month"))
    XCTAssertEqual(
      resolve("2024-04-31"), .invalidDate("day 31 is not between 1 and 30 in that month"))
    XCTAssertEqual(resolve("2024-03-01 24:00"), .invalidDate("hour 24 is not between 0 and 23"))
    XCTAssertEqual(resolve("2024-03-01 10:60"), .invalidDate("minute 60 is not between 0 and 59"))
  }

  func testImpossibleDateIsALocatedError() {
    assertYAMLError(
      "title: x\ndate: 2024-02-30\n", line: 2, column: 7,
      "invalid date '2024-02-30': day 30 is not between 1 and 29 in that month; fix it, or quote the value if it is not a date"
    )
  }

  func testDateLikeTextIsString() {
    for text in [
      "2024-3-1", "2024-03-01 семинар", "2024-03-01T", "2024-03-01T10", "2024-03-01x",
      "24-03-01", "2024-03-01T10:00:00+25:00", "2024/03/01",
    ] {
      XCTAssertEqual(resolve(text), .string, text)
    }
  }

  func testQuotedDateIsString() {
    XCTAssertEqual(shapeOf("a: \"2024-13-01\"\n"), #"{a: "2024-13-01"}"#)
  }
}
