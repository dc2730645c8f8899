import Foundation
import XCTest

@testable import Site

/// A site without a public address is told what its published files lack; one with a
/// sub-path address gets a 404 page whose links work at any depth.
final class PublishingCheckTests: XCTestCase {
  private var site: URL!

  override func setUpWithError() throws {
    site = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-publishing-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
    try Data("---\ntitle: О нас\n---\nТекст.\n".utf8).write(
      to: site.appendingPathComponent("content/about.md"))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: site)
  }

  private func settings(_ text: String) throws {
    try Data(text.utf8).write(to: site.appendingPathComponent("site.yml"))
  }

  private func diagnostics(baseURL: String? = nil) -> [String] {
    var options = BuildOptions(sourceDirectory: site.path)
    options.baseURL = baseURL
    return SiteBuilder.build(options).diagnostics.map(\.description)
  }

  func testMissingBaseURLNamesEveryAffectedFile() throws {
    try settings("title: Сайт\n")
    let found = diagnostics()
    XCTAssertEqual(found, ["site.yml:1:1: warning: " + PublishingCheck.missingBaseURL])
    for file in ["sitemap.xml", "feed.xml", "calendar.ics", "robots.txt", "404.html"] {
      XCTAssertTrue(PublishingCheck.missingBaseURL.contains(file), file)
    }
    XCTAssertEqual(diagnostics(baseURL: "https://school.example.ru/pednet/"), [])
  }

  func testAnEmptyBaseURLSaysTheSiteIsOpenedFromADisk() throws {
    try settings("base_url: \"\"\n")
    XCTAssertEqual(diagnostics(), [])
  }

  func testAnAddressWithoutSchemeIsAnErrorAtItsPlace() throws {
    try settings("title: Сайт\nbase_url: school.example.ru/pednet/\n")
    XCTAssertEqual(
      diagnostics(),
      [
        "site.yml:2:11: error: base_url 'school.example.ru/pednet/' is not a full address (it must start with https:// or http://): write the site's full public address with a slash at the end, as in 'https://school.example.ru/pednet/'"
      ])
    try settings("base_url: \"\"\n")
    XCTAssertEqual(
      diagnostics(baseURL: "ftp://school.example.ru/"),
      [
        "--base-url:1:1: error: base_url 'ftp://school.example.ru/' is not a full address (it must start with https:// or http://): write the site's full public address with a slash at the end, as in 'https://school.example.ru/pednet/'"
      ])
  }

  func testErrorsAreNotBuriedUnderThePublishingWarning() throws {
    try Data("---\ntitle: [\n---\n".utf8).write(to: site.appendingPathComponent("content/bad.md"))
    XCTAssertFalse(diagnostics().contains { $0.contains("base_url is not set") })
  }

  func testNotFoundPageLinksFromTheFullAddress() throws {
    try settings("base_url: https://teacher.github.io/pednet\n")
    XCTAssertEqual(diagnostics(), [])
    let page = try XCTUnwrap(TestSupport.read("public/404.html", in: site))
    XCTAssertTrue(page.contains("href=\"https://teacher.github.io/pednet/style.css\""))
    XCTAssertTrue(page.contains("href=\"https://teacher.github.io/pednet/index.html\""))
    XCTAssertFalse(page.contains("href=\"/style.css\""))
    XCTAssertFalse(page.contains("rel=\"canonical\""), "a missing address has no canonical page")
  }
}
