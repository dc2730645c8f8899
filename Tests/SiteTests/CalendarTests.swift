import XCTest

@testable import Site

/// Each dated seminar gets its own `event.ics` beside its page, linked «Добавить в календарь»,
/// and its start time on the page when the date has one.
final class CalendarTests: XCTestCase {
  /// Issue 19: a carriage return in a title went raw into calendar.ics.
  func testCalendarTextHasNoLineBreakOrControlCharacter() {
    XCTAssertEqual(
      Calendar.escape("Семинар\rBEGIN:VEVENT\n;,\\\u{1}\t"), "СеминарBEGIN:VEVENT\\n\\;\\,\\\\ ")
  }

  private func buildSite() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-calendar-\(UUID().uuidString)")
    let seminars = root.appendingPathComponent("content/seminars")
    try FileManager.default.createDirectory(at: seminars, withIntermediateDirectories: true)
    try "title: Сайт\nbase_url: https://example.org/mo/\n".write(
      to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    try "---\ntitle: Семинар, весна; итоги\ndate: 2026-03-05 14:30\nplace: Школа № 3\n---\nТекст.\n"
      .write(to: seminars.appendingPathComponent("vesna.md"), atomically: true, encoding: .utf8)
    try "---\ntitle: Без времени\ndate: 2026-12-31\n---\nТекст.\n".write(
      to: seminars.appendingPathComponent("zima.md"), atomically: true, encoding: .utf8)
    let outcome = try TestSupport.run(["build", "--source", root.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    return root
  }

  func testEachDatedSeminarHasItsOwnCalendarFile() throws {
    let root = try buildSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let event = TestSupport.read("public/seminars/vesna/event.ics", in: root) ?? ""
    XCTAssertEqual(event.components(separatedBy: "BEGIN:VEVENT").count - 1, 1, event)
    XCTAssertTrue(event.contains("DTSTART:20260305T143000\r\n"), event)
    XCTAssertTrue(event.contains("SUMMARY:Семинар\\, весна\\; итоги\r\n"), event)
    XCTAssertTrue(event.contains("URL:https://example.org/mo/seminars/vesna/\r\n"), event)
    let allDay = TestSupport.read("public/seminars/zima/event.ics", in: root) ?? ""
    XCTAssertTrue(allDay.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101"))
    let whole = TestSupport.read("public/calendar.ics", in: root) ?? ""
    XCTAssertEqual(whole.components(separatedBy: "BEGIN:VEVENT").count - 1, 2)
  }

  func testTheSeminarPageLinksItsCalendarAndShowsTheStartTime() throws {
    let root = try buildSite()
    defer { try? FileManager.default.removeItem(at: root) }
    let page = TestSupport.read("public/seminars/vesna/index.html", in: root) ?? ""
    XCTAssertTrue(page.contains("<a href=\"event.ics\" download>Добавить в календарь</a>"), page)
    XCTAssertTrue(page.contains("<dt>Начало</dt>\n<dd>14:30</dd>"), page)
    let allDay = TestSupport.read("public/seminars/zima/index.html", in: root) ?? ""
    XCTAssertFalse(allDay.contains("<dt>Начало</dt>"))
  }

  func testTimeOfDayIsWrittenWithTwoDigits() {
    XCTAssertEqual(DateText.time(.init(year: 2026, month: 3, day: 5, hour: 9, minute: 5)), "09:05")
    XCTAssertNil(DateText.time(.init(year: 2026, month: 3, day: 5)))
  }
}
