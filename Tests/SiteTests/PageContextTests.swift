import XCTest

/// Link previews: Open Graph and Twitter card tags on every page, the picture from the page's
/// first image, absolute addresses from `base_url`.
final class PageContextTests: XCTestCase {
  private func build(_ arguments: [String]) throws -> (URL, String, String) {
    let site = try TestSupport.copy("images")
    let outcome = try TestSupport.run(["build", "--source", site.path] + arguments)
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let page = TestSupport.read("public/lessons/opyt/index.html", in: site) ?? ""
    let home = TestSupport.read("public/index.html", in: site) ?? ""
    return (site, page, home)
  }

  func testOpenGraphTagsWithBaseURL() throws {
    let (site, page, home) = try build(["--base-url", "https://school.example.kz/"])
    defer { try? FileManager.default.removeItem(at: site) }
    for tag in [
      "<meta property=\"og:url\" content=\"https://school.example.kz/lessons/opyt/\">",
      "<meta property=\"og:type\" content=\"article\">",
      "<meta property=\"og:title\" content=\"Опыт с водой\">",
      "<meta property=\"og:site_name\" content=\"Фото и схемы\">",
      "<meta property=\"og:locale\" content=\"ru_RU\">",
      "<meta property=\"og:description\" content=\"Во время опыта вода закипает.\">",
      "<meta property=\"og:image\" content=\"https://school.example.kz/lessons/opyt/shema.png\">",
      "<meta name=\"twitter:card\" content=\"summary_large_image\">",
    ] {
      XCTAssertTrue(page.contains(tag), tag)
    }
    XCTAssertTrue(home.contains("<meta property=\"og:type\" content=\"website\">"))
    XCTAssertTrue(home.contains("<meta name=\"twitter:card\" content=\"summary\">"))
  }

  func testWithoutBaseURLNoRelativeAddressesArePromised() throws {
    let (site, page, _) = try build([])
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertTrue(page.contains("<meta property=\"og:title\" content=\"Опыт с водой\">"))
    XCTAssertFalse(page.contains("og:image"))
    XCTAssertFalse(page.contains("og:url"))
  }

  func testAPortfolioShowsRoleUnderTheNameAndListsEachMaterialOnce() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-demo-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let outcome = try TestSupport.run([
      "build", "--source", root.path, "--config", root.path + "/site.example", "--output",
      output.path,
    ])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let page = TestSupport.read("portfolios/zhukova-tatyana/index.html", in: output) ?? ""
    XCTAssertTrue(
      page.contains(
        "<p class=\"person-role\">учитель русского языка и литературы, МБОУ «Гимназия №\u{A0}1»"
          + " г.\u{A0}Заречный</p>"), page)
    XCTAssertFalse(page.contains("Опубликовано"))
    // Labels agree with their counts: one author, one grade.
    let lesson8 = TestSupport.read("lessons/algoritmy-s-vetvleniem/index.html", in: output) ?? ""
    XCTAssertTrue(lesson8.contains("<dt>Класс</dt>"), lesson8)
    XCTAssertTrue(lesson8.contains("<dt>Автор</dt>"))
    XCTAssertFalse(lesson8.contains("<dt>Авторы</dt>"))
    let lesson = ">Причастный оборот и запятые при нём</a>"
    let backlinks =
      page.components(separatedBy: "<section class=\"backlinks\">").dropFirst()
      .first ?? ""
    // Once in the teacher's own text, once in the list of her lessons, not a third time.
    XCTAssertEqual(page.components(separatedBy: lesson).count - 1, 2, page)
    XCTAssertFalse(backlinks.contains(lesson))
  }
}
