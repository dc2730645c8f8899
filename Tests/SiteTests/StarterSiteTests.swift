import Foundation
import FrontMatter
import XCTest

@testable import Site

/// `pednet-build init`: the starter site builds clean with its own `site.yml`, keeps what
/// exists, and its recipes build with the site's public address.
final class StarterSiteTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-init-\(UUID().uuidString)")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private let day = YAMLDay(year: 2025, month: 3, day: 14)

  func testStarterSiteHasEveryKindAndBuildsWithoutDiagnostics() throws {
    let site = folder.appendingPathComponent("site").path
    let outcome = StarterSite.create(folder: site, host: .github, today: day)
    XCTAssertNil(outcome.failed)
    XCTAssertEqual(outcome.kept, [])
    XCTAssertEqual(
      outcome.created,
      [
        "site.yml", ".gitignore", "content/_index.md", ".github/workflows/pages.yml",
        "content/portfolios/ivanova-anna-sergeevna.md", "content/lessons/slozhenie-drobey.md",
        "content/seminars/metodicheskiy-seminar.md",
        "content/olympiads/podgotovka-k-shkolnomu-etapu.md", "content/o-soobshchestve.md",
      ])
    var options = BuildOptions(sourceDirectory: site)
    options.today = 20_250_401
    XCTAssertEqual(SiteBuilder.check(options).diagnostics.map(\.description), [])
    XCTAssertEqual(SiteBuilder.build(options).diagnostics.map(\.description), [])
    let onDisk = folder.appendingPathComponent("site/public")
    let withoutAddress = try XCTUnwrap(TestSupport.read("calendar.ics", in: onDisk))
    XCTAssertTrue(withoutAddress.contains("SUMMARY:Методический семинар"))
    XCTAssertFalse(withoutAddress.contains("URL:"), "no relative URL: values (RFC 5545)")
    options.baseURL = "https://teacher.github.io/pednet"
    let report = SiteBuilder.build(options)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    XCTAssertEqual(report.pageCount, 5, "no page is a draft")
    let output = folder.appendingPathComponent("site/public")
    let robots = try XCTUnwrap(TestSupport.read("robots.txt", in: output))
    XCTAssertTrue(robots.contains("Sitemap: https://teacher.github.io/pednet/sitemap.xml"))
    let calendar = try XCTUnwrap(TestSupport.read("calendar.ics", in: output))
    XCTAssertTrue(
      calendar.contains("URL:https://teacher.github.io/pednet/seminars/metodicheskiy-seminar/"))
    let lesson = try XCTUnwrap(TestSupport.read("lessons/slozhenie-drobey/index.html", in: output))
    XCTAssertTrue(lesson.contains("ivanova-anna-sergeevna"), "the lesson names its author")
  }

  func testInitKeepsExistingFilesAndOnlyAddsTheRecipe() throws {
    let site = folder.appendingPathComponent("site").path
    _ = StarterSite.create(folder: site, host: nil, today: day)
    let settings = folder.appendingPathComponent("site/site.yml")
    try Data("title: Моё\n".utf8).write(to: settings)
    let again = StarterSite.create(folder: site, host: .ftp, today: day)
    XCTAssertEqual(again.created, ["publish-ftp.sh"])
    XCTAssertEqual(again.kept, ["site.yml", ".gitignore", "content/_index.md"])
    XCTAssertEqual(try String(contentsOf: settings, encoding: .utf8), "title: Моё\n")
    let script = folder.appendingPathComponent("site/publish-ftp.sh").path
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: script))
  }

  func testCIRecipesAreYAMLThatBuildsWithThePagesAddress() throws {
    for (host, addressVariable) in [
      (PublishingHost.github, "${{ steps.pages.outputs.base_url }}/"),
      (.gitlab, "$CI_PAGES_URL/"),
    ] {
      let recipe = host.recipe
      let yaml = try XCTUnwrap(try FrontMatter.parseYAML(recipe).mapping, "\(host)")
      XCTAssertFalse(yaml.entries.isEmpty)
      XCTAssertTrue(
        recipe.contains("pednet-build build --base-url \"\(addressVariable)\""), "\(host)")
      XCTAssertTrue(recipe.contains("PEDNET_VERSION: \(PublishingRecipes.version)"), "\(host)")
      XCTAssertTrue(recipe.contains("swift build -c release"), "\(host)")
      XCTAssertTrue(recipe.contains("pednet-build-"), "the cache is keyed by the version")
    }
    XCTAssertTrue(PublishingRecipes.ftp.contains("mirror --reverse --delete --only-newer"))
  }

  func testExamplesAreDatedTheDayBeforeSoNoClockMakesThemFuture() throws {
    for (day, before) in [
      ((2025, 3, 14), (2025, 3, 13)), ((2025, 3, 1), (2025, 2, 28)), ((2024, 3, 1), (2024, 2, 29)),
      ((2025, 1, 1), (2024, 12, 31)),
    ] {
      let result = StarterSite.dayBefore(YAMLDay(year: day.0, month: day.1, day: day.2))
      XCTAssertEqual([result.year, result.month, result.day], [before.0, before.1, before.2])
    }
    let site = folder.appendingPathComponent("site").path
    _ = StarterSite.create(folder: site, host: nil, today: day)
    var options = BuildOptions(sourceDirectory: site)
    options.today = 20_250_313
    let report = SiteBuilder.check(options)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    XCTAssertEqual(report.pageCount, 5, "a server a day behind still publishes every example")
  }

  func testCommandLineInit() throws {
    let site = folder.appendingPathComponent("new-site").path
    let made = try TestSupport.run(["init", site, "--host", "gitlab"])
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertTrue(made.stdout.contains("created \(site)/.gitlab-ci.yml"))
    XCTAssertEqual(try TestSupport.run(["init"]).status, 2)
    let wrongHost = try TestSupport.run(["init", site, "--host", "dropbox"])
    XCTAssertEqual(wrongHost.status, 2)
    XCTAssertTrue(wrongHost.stderr.contains("github, gitlab or ftp"))
  }
}
