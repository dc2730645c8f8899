import Foundation
import XCTest

@testable import Site

/// Builds the `schema` fixture: a site with kinds of its own (`master-class`, `news`), a facet
/// with its own vocabulary, extended olympiad levels and open lesson types.
final class SchemaSiteTests: XCTestCase {
  private var site: URL!
  private var output: URL { site.appendingPathComponent("public") }

  override func setUpWithError() throws {
    site = try TestSupport.copy("schema")
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_260_101
    let report = SiteBuilder.build(options)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    XCTAssertTrue(report.succeeded)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: site)
  }

  private func page(_ path: String) throws -> String {
    try XCTUnwrap(TestSupport.read(path, in: output), "missing \(path)")
  }

  func testASiteKindRendersItsFieldsWithLabelsInSchemaOrder() throws {
    let html = try page("master-classes/geometriya-origami/index.html")
    XCTAssertTrue(html.contains("<p class=\"kicker\">Мастер-класс</p>"))
    let labels = ["Дата проведения", "Место", "Ведущий", "Классы", "Тема", "Формат"]
    let positions = try labels.map { label in
      try XCTUnwrap(html.range(of: "<dt>\(label)</dt>"), label).lowerBound
    }
    XCTAssertEqual(positions, positions.sorted(), "fields in schema order")
    XCTAssertTrue(html.contains("<dd>Построения на листе бумаги без линейки</dd>"))
    XCTAssertTrue(html.contains("href=\"../../portfolios/ivanova-anna/index.html\">Иванова Анна Сергеевна"))
    XCTAssertTrue(html.contains("href=\"../../formats/onlayn/index.html\">онлайн</a>"))
    let news = try page("news/otkrytie-seti/index.html")
    XCTAssertTrue(news.contains("<dt>Источник</dt>"))
    XCTAssertTrue(news.contains("href=\"https://example.org/announce\""))
  }

  func testSiteKindsAreInTheMenuOnTheHomePageAndUpcoming() throws {
    let home = try page("index.html")
    XCTAssertTrue(home.contains(">Мастер-классы<"), "menu and home group title")
    XCTAssertTrue(home.contains(">Новости<"))
    XCTAssertTrue(home.contains("href=\"master-classes/geometriya-origami/index.html\""))
    XCTAssertTrue(home.contains("href=\"news/otkrytie-seti/index.html\""))
    let list = try page("master-classes/index.html")
    XCTAssertTrue(list.contains("Опыты на кухне"))
    XCTAssertTrue(list.contains("<h1>Мастер-классы</h1>") || list.contains(">Мастер-классы</h1>"))
    let calendar = try page("calendar.ics")
    XCTAssertTrue(calendar.contains("SUMMARY:Геометрия в оригами"), "events go into calendar.ics")
  }

  func testAFacetOfASiteKindHasTermPagesAndASearchFilter() throws {
    let online = try page("formats/onlayn/index.html")
    XCTAssertTrue(online.contains("Геометрия в оригами"))
    XCTAssertFalse(online.contains("Опыты на кухне"))
    let formats = try page("formats/index.html")
    XCTAssertTrue(formats.contains("Формат"))
    let search = try page("search/index.html")
    XCTAssertTrue(search.contains("data-kind-master-class=\"Мастер-класс\""))
    XCTAssertTrue(search.contains("<select name=\"formats\" data-facet=\"formats\">"))
    XCTAssertTrue(search.contains("<select name=\"levels\" data-facet=\"levels\">"))
    let entry = try page("search/index.json")
    XCTAssertTrue(entry.contains("\"other\":{\"formats\":[\"онлайн\",\"очно\"],\"levels\":["), entry)
  }

  func testExtendedLevelsAndOpenLessonTypesAreAccepted() throws {
    let levels = try page("levels/index.html")
    for level in ["олимпиада «Высшая проба»", "сетевая олимпиада", "олимпиада «Шаг в будущее»"] {
      XCTAssertTrue(levels.contains(level), level)
    }
    let lesson = try page("lessons/urok-kvest/index.html")
    XCTAssertTrue(lesson.contains("урок-квест"))
  }
}
