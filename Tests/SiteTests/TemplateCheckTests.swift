import XCTest

@testable import Site

final class TemplateCheckTests: XCTestCase {
  func testCheckWarnsAboutNamesNoPageProvides() throws {
    let site = try TestSupport.copy("template-typo")
    defer { try? FileManager.default.removeItem(at: site) }
    let report = SiteBuilder.check(BuildOptions(sourceDirectory: site.path))
    XCTAssertEqual(
      report.diagnostics.map(\.description),
      [
        "layouts/page.mustache:2:5: warning: 'page.titel' is never provided by the build, so it renders empty; did you mean 'title'?",
        "layouts/page.mustache:3:4: warning: 't.serach': the interface strings have no key 'serach'",
      ])
    XCTAssertTrue(report.succeeded, "warnings do not fail a check")
  }
}
