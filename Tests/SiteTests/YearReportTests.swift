import FrontMatter
import XCTest

@testable import Site

/// The yearly report's counts agree with the pages: the test recounts them from the fixture's
/// pages its own way and compares with the numbers the built report shows.
final class YearReportTests: XCTestCase {
  func testSchoolYearsRunFromSeptemberToAugust() {
    XCTAssertEqual(SchoolYear(YAMLDate(year: 2024, month: 9, day: 1)).label, "2024/25")
    XCTAssertEqual(SchoolYear(YAMLDate(year: 2025, month: 8, day: 31)).label, "2024/25")
    XCTAssertEqual(SchoolYear(YAMLDate(year: 2099, month: 12, day: 1)).slug, "2099-00")
    XCTAssertEqual(SchoolYear.monthIndex(YAMLDate(year: 2025, month: 9, day: 1)), 0)
    XCTAssertEqual(SchoolYear.monthIndex(YAMLDate(year: 2025, month: 8, day: 1)), 11)
  }

  /// The counts of one school year recomputed straight from the pages.
  private func recount(_ model: SiteModel, year start: Int) -> [String: Int] {
    let inYear = { (page: Page) -> Bool in
      guard let date = page.date else { return false }
      let first = YAMLDate(year: start, month: 9, day: 1)
      let next = YAMLDate(year: start + 1, month: 9, day: 1)
      return date.dayKey >= first.dayKey && date.dayKey < next.dayKey
    }
    let seminars = model.pages.filter { $0.kind.rawValue == "seminar" && inYear($0) }
    let materials = model.pages.filter {
      ["lesson", "olympiad"].contains($0.kind.rawValue) && inYear($0)
    }
    var people: Set<String> = []
    var schools: Set<String> = []
    for person in (seminars + materials).flatMap(\.facts.people) {
      people.insert(person.portfolio.map { "p\($0)" } ?? person.name)
      if let portfolio = person.portfolio, let school = model.pages[portfolio].facts.school {
        schools.insert(school)
      } else if let org = person.organization {
        schools.insert(org)
      }
    }
    return [
      "seminars": seminars.count, "teachers": people.count, "schools": schools.count,
      "materials": materials.count,
    ]
  }

  private func shownCounts(_ html: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for part in html.components(separatedBy: "data-count=\"").dropFirst() {
      let key = String(part.prefix { $0 != "\"" })
      let number = part.drop { $0 != ">" }.dropFirst().prefix { $0.isNumber }
      counts[key] = Int(number)
    }
    return counts
  }

  func testTheReportShowsTheCountsThePagesGive() throws {
    let model = try NetworkGraphTests.fixtureModel()
    let root = try TestSupport.copy("network")
    defer { try? FileManager.default.removeItem(at: root) }
    let outcome = try TestSupport.run(["build", "--source", root.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    for (start, slug) in [(2024, "2024-25"), (2025, "2025-26")] {
      let html = try XCTUnwrap(TestSupport.read("public/report/\(slug)/index.html", in: root))
      XCTAssertEqual(shownCounts(html), recount(model, year: start), slug)
    }
    XCTAssertEqual(
      recount(model, year: 2024),
      ["seminars": 2, "teachers": 4, "schools": 3, "materials": 3])
    let year = try XCTUnwrap(TestSupport.read("public/report/2024-25/index.html", in: root))
    XCTAssertTrue(year.contains("<h1>Отчёт за 2024/25 учебный год</h1>"), year)
    XCTAssertTrue(
      year.contains("<a href=\"../../seminars/osenniy/index.html\">Осенний семинар</a>"))
    XCTAssertTrue(year.contains("<tr><th scope=\"row\">математика</th><td>2</td></tr>"))
    XCTAssertTrue(year.contains("<tr><th scope=\"row\">школьный</th><td>1</td></tr>"))
    XCTAssertTrue(year.contains("<span class=\"count\">3 педагога</span>"))
    let index = try XCTUnwrap(TestSupport.read("public/report/index.html", in: root))
    XCTAssertTrue(index.contains("1 семинар · 1 педагог · 0 материалов"), index)
  }

  func testSeminarsFromTodayOnAreCountedAsPlannedNotHeld() {
    var input = NetworkInput()
    input.people = [.init(key: "a", name: "А", folder: nil, schools: ["Школа"])]
    input.events = [
      .init(
        title: "Прошёл", folder: "s/1/", date: YAMLDate(year: 2025, month: 10, day: 1),
        participants: ["a"]),
      .init(
        title: "Будет", folder: "s/2/", date: YAMLDate(year: 2026, month: 3, day: 1),
        participants: ["a"]),
    ]
    let report = YearReport(year: SchoolYear(start: 2025), input: input, today: 20_260_301)
    XCTAssertEqual(report.seminars, [0])
    XCTAssertEqual(report.planned, [1])
    XCTAssertEqual(report.perSchool.map(\.1), [1])
    XCTAssertEqual(report.teachers, ["a"])
  }
}
