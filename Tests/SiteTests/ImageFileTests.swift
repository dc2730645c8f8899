import XCTest

@testable import Site

/// Images in a page: their size on `<img>`, a titled image as a figure, the weight warning,
/// and images shown in the page not listed again as attachments (issue 18).
final class ImageFileTests: XCTestCase {
  func testImageExtensionsInAnyCase() {
    for path in ["a/b.png", "фото.JPG", "x.jpeg", "y.Gif", "z.webp", "s.svg"] {
      XCTAssertTrue(ImageFile.isImage(path), path)
    }
    for path in ["a.pdf", "png", "a.png.txt", "папка.png/readme"] {
      XCTAssertFalse(ImageFile.isImage(path), path)
    }
  }

  func testSizesInWholeKilobytesRoundedUp() {
    XCTAssertEqual(ImageFile.kilobytes(10), 1)
    XCTAssertEqual(ImageFile.kilobytes(640 * 1024), 640)
    XCTAssertEqual(ImageFile.kilobytes(640 * 1024 + 1), 641)
    XCTAssertEqual(ImageFile.kilobytes(3_355_443), 3277)
  }

  func testTheHeavyImageWarningSpeaksRussianUnits() throws {
    let site = try TestSupport.copy("images")
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["build", "--source", site.path, "--lang", "ru"])
    XCTAssertTrue(
      outcome.stderr.contains("картинка content/lessons/opyt/bolshoe.png весит 10 КБ, больше 1 КБ"),
      outcome.stderr)
    XCTAssertFalse(outcome.stderr.contains("KB"), outcome.stderr)
  }

  private func build() throws -> (site: URL, outcome: TestSupport.Outcome, page: String) {
    let site = try TestSupport.copy("images")
    let outcome = try TestSupport.run(["build", "--source", site.path])
    let page = TestSupport.read("public/lessons/opyt/index.html", in: site) ?? ""
    return (site, outcome, page)
  }

  func testImagesCarryTheirSizeAndATitledImageIsAFigure() throws {
    let (site, outcome, page) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertTrue(
      page.contains(
        "<figure><img src=\"../../lessons/opyt/shema.png\" alt=\"Схема опыта\" width=\"40\""
          + " height=\"30\" /><figcaption>Рис. 1. Схема опыта</figcaption></figure>"), page)
    XCTAssertTrue(
      page.contains(
        "<img src=\"../../lessons/opyt/bolshoe.png\" alt=\"\" width=\"64\" height=\"48\""
          + " loading=\"lazy\" decoding=\"async\" />"), page)
    // In a tight list item the image keeps its title: a figure can't stand in for no <p>.
    XCTAssertTrue(page.contains("height=\"30\" title=\"Подпись в списке\" loading=\"lazy\""))
  }

  func testMissingDescriptionAndHeavyImageAreLocatedWarnings() throws {
    let (site, outcome, _) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    let warnings = outcome.messages.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      warnings,
      [
        "content/lessons/opyt/index.md:7:16: warning: the image 'bolshoe.png' has no description: write what it shows between the brackets, ![like this](bolshoe.png), for readers who can't see it",
        "content/lessons/opyt/index.md:7:16: warning: the image content/lessons/opyt/bolshoe.png is 10 KB, more than 1 KB (max_image_kb in site.yml): pages with it open slowly on school and mobile connections; save it smaller (about 1600 pixels across is enough for a page) or raise max_image_kb",
      ])
  }

  func testImagesShownInThePageAreNotAttachments() throws {
    let (site, _, page) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    let attachments = page.components(separatedBy: "<section class=\"attachments\">").last ?? ""
    XCTAssertTrue(attachments.contains(">zadanie.txt</a>"), page)
    XCTAssertFalse(attachments.contains("shema.png"))
    XCTAssertFalse(attachments.contains("bolshoe.png"))
    // The files are still copied beside the page.
    XCTAssertNotNil(TestSupport.read("public/lessons/opyt/shema.png", in: site) ?? "")
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: site.path + "/public/lessons/opyt/bolshoe.png"))
  }
}
