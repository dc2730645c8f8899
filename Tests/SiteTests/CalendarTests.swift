import XCTest

@testable import Site

final class CalendarTests: XCTestCase {
  /// Issue 19: a carriage return in a title went raw into calendar.ics.
  func testCalendarTextHasNoLineBreakOrControlCharacter() {
    XCTAssertEqual(
      Calendar.escape("Семинар\rBEGIN:VEVENT\n;,\\\u{1}\t"), "СеминарBEGIN:VEVENT\\n\\;\\,\\\\ ")
  }
}
