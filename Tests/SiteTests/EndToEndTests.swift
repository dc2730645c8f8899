import Foundation
import XCTest

@testable import Site

/// Builds the `full` fixture site and checks the facts each page kind must show.
final class EndToEndTests: XCTestCase {
  private var site: URL!
  private var output: URL { site.appendingPathComponent("public") }

  override func setUpWithError() throws {
    site = try TestSupport.copy("full")
    let report = build(site)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    XCTAssertTrue(report.succeeded)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: site)
  }

  private func build(_ site: URL, output: String? = nil) -> BuildReport {
    var options = BuildOptions(sourceDirectory: site.path)
    options.outputDirectory = output
    options.today = 20_250_101
    return SiteBuilder.build(options)
  }

  private func page(_ path: String) throws -> String {
    try XCTUnwrap(TestSupport.read(path, in: output), "missing \(path)")
  }

  func testHomeLinksToEveryPageKindAndUpcomingSeminars() throws {
    let home = try page("index.html")
    for url in [
      "lessons/slozhenie-drobey/index.html", "lessons/umnozhenie-drobey/index.html",
      "lessons/procenty/index.html",
      "olympiads/shkolnyy-etap/index.html", "seminars/vebinar-2030/index.html",
    ] {
      XCTAssertTrue(home.contains("href=\"\(url)\""), "home links to \(url)")
    }
    XCTAssertTrue(home.contains("Добро пожаловать на сайт объединения."))
    XCTAssertTrue(home.contains("tags/drobi/index.html"), "tag cloud")
  }

  func testLessonPageShowsAuthorsSubjectGradeDateAndBody() throws {
    let lesson = try page("lessons/slozhenie-drobey/index.html")
    XCTAssertTrue(lesson.contains("href=\"../../portfolios/petrova-olga/index.html\""))
    XCTAssertTrue(lesson.contains("href=\"../../subjects/matematika/index.html\""))
    XCTAssertTrue(lesson.contains("href=\"../../grades/5/index.html\""))
    XCTAssertTrue(lesson.contains("1 марта 2024 г."))
    XCTAssertTrue(lesson.contains("«обыкновенные»"))
    XCTAssertTrue(lesson.contains("<table"))
    XCTAssertTrue(lesson.contains("href=\"../../lessons/umnozhenie-drobey/index.html#khod-uroka\""))
    XCTAssertTrue(lesson.contains("45 минут"))
    XCTAssertTrue(lesson.contains("научить складывать дроби"))
    let coAuthored = try page("lessons/umnozhenie-drobey/index.html")
    XCTAssertTrue(coAuthored.contains("Козлова Мария"))
    XCTAssertTrue(coAuthored.contains("Гимназия № 2"))
    XCTAssertTrue(coAuthored.contains("href=\"../../portfolios/sidorov-ivan/index.html\""))
  }

  func testBundleAttachmentIsCopiedAndListed() throws {
    let lesson = try page("lessons/procenty/index.html")
    XCTAssertTrue(lesson.contains("href=\"../../lessons/procenty/kartochki.txt\""))
    XCTAssertEqual(try page("lessons/procenty/kartochki.txt"), "Карточки для работы в парах.\n")
  }

  func testPortfolioListsBacklinksWithPlural() throws {
    let portfolio = try page("portfolios/petrova-olga/index.html")
    for url in [
      "lessons/slozhenie-drobey/index.html", "lessons/umnozhenie-drobey/index.html",
      "olympiads/shkolnyy-etap/index.html", "seminars/seminar-2024/index.html",
    ] {
      XCTAssertTrue(portfolio.contains("href=\"../../\(url)\""), "portfolio links to \(url)")
    }
    XCTAssertTrue(portfolio.contains("4 материала"))
    XCTAssertTrue(portfolio.contains("22 года"))
    XCTAssertTrue(try page("portfolios/sidorov-ivan/index.html").contains("1 год"))
  }

  func testSeminarAndOlympiadPages() throws {
    let seminar = try page("seminars/seminar-2024/index.html")
    XCTAssertTrue(seminar.contains("15 ноября 2024 г."))
    XCTAssertTrue(seminar.contains("МБОУ СОШ № 3, актовый зал"))
    XCTAssertTrue(seminar.contains("href=\"../../portfolios/petrova-olga/index.html\""))
    let olympiad = try page("olympiads/shkolnyy-etap/index.html")
    XCTAssertTrue(olympiad.contains("href=\"../../levels/shkolnyy/index.html\""))
    XCTAssertTrue(olympiad.contains("школьный"))
  }

  func testDraftsAreLeftOut() {
    XCTAssertNil(TestSupport.read("lessons/chernovik/index.html", in: output))
  }

  func testSectionIsPaginatedNewestFirst() throws {
    let first = try page("lessons/index.html")
    let second = try page("lessons/page/2/index.html")
    let newest = try XCTUnwrap(first.range(of: "umnozhenie-drobey/index.html"))
    let older = try XCTUnwrap(first.range(of: "slozhenie-drobey/index.html"))
    XCTAssertLessThan(newest.lowerBound, older.lowerBound)
    XCTAssertTrue(second.contains("procenty/index.html"))
    XCTAssertTrue(first.contains("Разработки уроков наших учителей."))
  }

  func testTaxonomiesWithRussianPlurals() throws {
    let tags = try page("tags/index.html")
    XCTAssertTrue(
      tags.contains("href=\"../tags/drobi/index.html\"")
        || tags.contains("href=\"drobi/index.html\"") || tags.contains("tags/drobi/index.html"))
    XCTAssertTrue(tags.contains("2 материала"))
    XCTAssertTrue(try page("tags/drobi/index.html").contains("slozhenie-drobey/index.html"))
    let subjects = try page("subjects/matematika/index.html")
    XCTAssertTrue(
      subjects.contains("umnozhenie-drobey/index.html"), "subjects compared case-insensitively")
    XCTAssertNotNil(TestSupport.read("grades/6/index.html", in: output))
    XCTAssertNotNil(TestSupport.read("levels/index.html", in: output))
  }

  func testFeedsCalendarAndExtras() throws {
    let calendar = try page("calendar.ics")
    XCTAssertTrue(
      calendar.contains(
        "BEGIN:VEVENT\r\nUID:seminars-seminar-2024@pednet-build\r\nDTSTAMP:20241115T000000Z\r\n"))
    XCTAssertTrue(calendar.contains("DTSTART;VALUE=DATE:20241115\r\n"))
    XCTAssertTrue(calendar.contains("LOCATION:МБОУ СОШ № 3\\, актовый зал\r\n"))
    XCTAssertTrue(calendar.contains("URL:https://example.org/mo/seminars/seminar-2024/\r\n"))
    let physical = calendar.components(separatedBy: "\r\n")
    XCTAssertTrue(physical.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 bytes")
    XCTAssertTrue(physical.contains { $0.hasPrefix(" ") }, "the long summary is folded")
    let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
    XCTAssertFalse(unfolded.contains("\u{FFFD}"), "folding never splits a UTF-8 sequence")
    XCTAssertTrue(
      try page("sitemap.xml").contains(
        "<loc>https://example.org/mo/lessons/slozhenie-drobey/</loc>"))
    XCTAssertTrue(try page("feed.xml").contains("<title>Умножение дробей</title>"))
    XCTAssertTrue(try page("robots.txt").contains("Sitemap: https://example.org/mo/sitemap.xml"))
    XCTAssertTrue(
      try page("404.html").contains("Страница не найдена (своя)"), "layouts/ overrides the theme")
    XCTAssertNotNil(TestSupport.read("search/index.json", in: output))
    XCTAssertNotNil(TestSupport.read("style.css", in: output))
  }

  func testTwoBuildsAreByteIdentical() throws {
    let other = site.appendingPathComponent("public2").path
    XCTAssertTrue(build(site, output: other).succeeded)
    let first = DirectoryWalker.files(under: output.path) ?? []
    let second = DirectoryWalker.files(under: other) ?? []
    XCTAssertEqual(first, second)
    XCTAssertGreaterThan(first.count, 30)
    for file in first {
      XCTAssertEqual(
        FileSystem.read(output.path + "/" + file), FileSystem.read(other + "/" + file), file)
    }
  }
}
