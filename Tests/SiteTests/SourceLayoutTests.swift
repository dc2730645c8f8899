import XCTest

@testable import Site

/// The layout names every part of the source folder once, and the options compute it from
/// the source folder and the config file given.
final class SourceLayoutTests: XCTestCase {
  func testPathsInsideTheSourceFolder() {
    let layout = SourceLayout(root: "/site")
    XCTAssertEqual(layout.content, "/site/content")
    XCTAssertEqual(layout.config, "/site/site.yml")
    XCTAssertEqual(layout.configShown, "site.yml")
    XCTAssertEqual(SourceLayout.contentPath("lessons/drobi.md"), "content/lessons/drobi.md")
    XCTAssertEqual(SourceLayout.contentRelative("content/lessons/drobi.md"), "lessons/drobi.md")
    XCTAssertTrue(SourceLayout.isInContent("content/a.md"))
    XCTAssertFalse(SourceLayout.isInContent("contents/a.md"))
    XCTAssertEqual(SourceLayout.themeFolder("school"), "themes/school")
    XCTAssertEqual(SourceLayout.stringsFile("kk"), "i18n/kk.yml")
    XCTAssertEqual(SourceLayout.layoutFile("page"), "layouts/page.mustache")
    XCTAssertEqual(
      SourceLayout.inputFolders, ["content", "layouts", "static", "themes", "i18n"])
  }

  func testOptionsGiveTheConfigFileAndTheOutputFolder() {
    var options = BuildOptions(sourceDirectory: "/site")
    XCTAssertEqual(options.layout.config, "/site/site.yml")
    XCTAssertEqual(options.absoluteOutput, "/site/public")
    options.configFile = "/elsewhere/site.example"
    XCTAssertEqual(options.layout.config, "/elsewhere/site.example")
    XCTAssertEqual(options.layout.configShown, "/elsewhere/site.example")
  }
}
