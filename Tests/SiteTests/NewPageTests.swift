import Foundation
import XCTest

@testable import Site

final class NewPageTests: XCTestCase {
  func testNewPagesOfEveryKindPassCheckAndAreNeverOverwritten() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let day = YAMLDay(year: 2024, month: 5, day: 20)
    let expected: [(String, String)] = [
      ("lesson", "content/lessons/slozhenie-i-vychitanie.md"),
      ("portfolio", "content/portfolios/slozhenie-i-vychitanie.md"),
      ("seminar", "content/seminars/slozhenie-i-vychitanie.md"),
      ("olympiad", "content/olympiads/slozhenie-i-vychitanie.md"),
      ("page", "content/slozhenie-i-vychitanie.md"),
    ]
    for (kind, path) in expected {
      XCTAssertEqual(
        NewPage.create(
          kind: kind, title: "Сложение и вычитание", sourceDirectory: site.path, today: day),
        .created(path))
    }
    XCTAssertEqual(
      NewPage.create(
        kind: "lesson", title: "Сложение и вычитание", sourceDirectory: site.path, today: day),
      .exists("content/lessons/slozhenie-i-vychitanie.md"))
    XCTAssertEqual(
      NewPage.create(kind: "poem", title: "x", sourceDirectory: site.path, today: day),
      .unknownKind("poem"))
    for drafts in [false, true] {
      var options = BuildOptions(sourceDirectory: site.path)
      options.includeDrafts = drafts
      options.today = 20_250_101
      let report = SiteBuilder.check(options)
      XCTAssertEqual(report.diagnostics.map(\.description), [], "drafts: \(drafts)")
    }
    let text = try String(
      contentsOf: site.appendingPathComponent("content/lessons/slozhenie-i-vychitanie.md"),
      encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("---\ntitle: \"Сложение и вычитание\"\ndate: 2024-05-20"))
    XCTAssertTrue(text.contains("author: petrova-olga"))
  }
}

/// `new` for a kind of the site's own schema, and `schema` printing it.
final class NewPageSiteKindTests: XCTestCase {
  func testNewWritesASiteKindWithItsFieldsAndTheDraftPassesCheck() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let day = YAMLDay(year: 2026, month: 1, day: 10)
    XCTAssertEqual(
      NewPage.create(
        kind: "master-class", title: "Задачи на клетчатой бумаге", sourceDirectory: site.path,
        today: day),
      .created("content/master-classes/zadachi-na-kletchatoy-bumage.md"))
    XCTAssertEqual(
      NewPage.create(kind: "news", title: "Итоги года", sourceDirectory: site.path, today: day),
      .created("content/news/itogi-goda.md"))
    let text = try XCTUnwrap(
      TestSupport.read("content/master-classes/zadachi-na-kletchatoy-bumage.md", in: site))
    XCTAssertTrue(text.contains("\nauthor: ivanova-anna"), text)
    XCTAssertTrue(text.contains("\ntopic: \"заполните\""), text)
    XCTAssertTrue(text.contains("# текст; обязательно"), text)
    XCTAssertTrue(text.contains("\nformat: \"очно\""), text)
    XCTAssertTrue(text.contains("# одно из: очно, онлайн, смешанный"), text)
    var options = BuildOptions(sourceDirectory: site.path)
    options.includeDrafts = true
    options.today = 20_260_110
    XCTAssertEqual(SiteBuilder.check(options).diagnostics.map(\.description), [])
  }

  func testSchemaCommandPrintsTheSiteKindsFieldsAndVocabularies() throws {
    let site = TestSupport.fixtures.appendingPathComponent("schema")
    let outcome = try TestSupport.run(["schema", "--source", site.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(outcome.stderr, "")
    for line in [
      "kind master-class (мастер-класс): content/master-classes/, template entry; events, on the home page",
      "  topic: text, required — Тема",
      "  format: choice, from master-class-formats, facet format",
      "kind olympiad (олимпиада): content/olympiads/, template olympiad; on the home page",
      "vocabulary master-class-formats (closed): очно; онлайн; смешанный",
      "vocabulary lesson-types (open: other values accepted): урок открытия нового знания",
    ] {
      XCTAssertTrue(outcome.stdout.contains(line), line)
    }
    let broken = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: broken) }
    try "kinds:\n  news:\n    fields:\n      when: {type: datetime}\n".write(
      to: broken.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    let failed = try TestSupport.run(["schema", "--source", broken.path])
    XCTAssertEqual(failed.status, 1)
    XCTAssertEqual(
      failed.stderr.split(separator: "\n").first.map(String.init),
      "site.yml:4:20: error: field 'when' of kind 'news' has unknown type 'datetime'; did you mean 'date-time'?"
    )
  }
}
