import Foundation
import XCTest

@testable import Site

final class DefaultThemeTests: XCTestCase {
  func testEmbeddedThemeMatchesThemesDefault() {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("themes/default").path
    let onDisk = DirectoryWalker.files(under: folder) ?? []
    XCTAssertEqual(DefaultTheme.files.keys.sorted(), onDisk, "run Scripts/embed-theme.py")
    for path in onDisk {
      XCTAssertEqual(
        DefaultTheme.files[path], FileSystem.read(folder + "/" + path),
        "\(path) is stale: run Scripts/embed-theme.py")
    }
  }

  func testThemeHasEveryTemplateTheBuildUses() {
    for name in [
      "base", "home", "section", "portfolio", "lesson", "seminar", "olympiad", "page", "taxonomy",
      "term", "search", "404",
    ] {
      XCTAssertNotNil(DefaultTheme.files["templates/\(name).mustache"], name)
    }
    for language in ["ru", "kk", "en"] {
      XCTAssertNotNil(DefaultTheme.files["i18n/\(language).yml"], language)
    }
  }
}
