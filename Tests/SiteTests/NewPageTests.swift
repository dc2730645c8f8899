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
