import Foundation
import XCTest

@testable import Site

/// Builds small sites whose pages name the same tag in different spellings.
final class TaxonomyBuilderTests: XCTestCase {
  private var site: URL!

  override func setUpWithError() throws {
    site = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-taxonomy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("content/lessons"), withIntermediateDirectories: true)
    // A site opened from a disk: no public address, so no warning about one.
    try Data("base_url: \"\"\n".utf8).write(to: site.appendingPathComponent("site.yml"))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: site)
  }

  private func lesson(_ name: String, tag: String) throws {
    let text = "---\ntitle: Урок \(name)\ndate: 2024-09-01\ntags: [\"\(tag)\"]\n---\nТекст.\n"
    try text.write(
      to: site.appendingPathComponent("content/lessons/\(name).md"), atomically: true,
      encoding: .utf8)
  }

  func testSpellingsThatDifferInCaseOrNormalFormShareOneTerm() throws {
    try lesson("a", tag: "Каждый день")
    try lesson("b", tag: "каждый день")
    try lesson("c", tag: "Кажды\u{438}\u{306} день")
    try lesson("d", tag: "Каждый день")
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    let report = SiteBuilder.build(options)
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    let tagPage = try XCTUnwrap(
      TestSupport.read("tags/kazhdyy-den/index.html", in: site.appendingPathComponent("public")))
    for name in ["a", "b", "c", "d"] {
      XCTAssertTrue(tagPage.contains("lessons/\(name)/"), "lesson \(name) is listed")
    }
    let tags = try XCTUnwrap(
      TestSupport.read("tags/index.html", in: site.appendingPathComponent("public")))
    XCTAssertTrue(tags.contains("4 материала"), tags)
  }
}
