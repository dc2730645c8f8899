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

  /// Issue 16: `new` wrote a file beside a bundle of the same name, and the lesson's goals
  /// twice (as a field and as a heading).
  func testANameTakenByABundleIsRefusedAndTheGoalsAreWrittenOnce() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let day = YAMLDay(year: 2024, month: 5, day: 20)
    let bundle = site.appendingPathComponent("content/lessons/prichastnyy-oborot")
    try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
    try "---\ntitle: Причастный оборот\n---\n".write(
      to: bundle.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
    XCTAssertEqual(
      NewPage.create(
        kind: "lesson", title: "Причастный оборот", sourceDirectory: site.path, today: day),
      .exists("content/lessons/prichastnyy-oborot/index.md"))
    try "x".write(
      to: site.appendingPathComponent("content/lessons/Drobi.MD"), atomically: true,
      encoding: .utf8)
    XCTAssertEqual(
      NewPage.create(kind: "lesson", title: "Дроби", sourceDirectory: site.path, today: day),
      .exists("content/lessons/Drobi.MD"))
    XCTAssertEqual(
      NewPage.create(kind: "lesson", title: "Степени", sourceDirectory: site.path, today: day),
      .created("content/lessons/stepeni.md"))
    let text = try String(
      contentsOf: site.appendingPathComponent("content/lessons/stepeni.md"), encoding: .utf8)
    XCTAssertTrue(text.contains("goals:"))
    XCTAssertFalse(text.contains("## Цели урока"), text)
  }

  func testTheAddressOfANewPageIsItsFolderAndName() {
    XCTAssertEqual(NewPage.address(of: "content/lessons/stepeni.md"), "/lessons/stepeni/")
    XCTAssertEqual(NewPage.address(of: "content/o-nas.md"), "/o-nas/")
  }
}
