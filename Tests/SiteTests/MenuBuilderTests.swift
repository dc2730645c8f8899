import XCTest

/// The site's menu: by default every section and then the top-level pages; `menu:` in
/// site.yml orders sections, pages and outside links, and names it can't find are warnings.
final class MenuBuilderTests: XCTestCase {
  private func build(config: String) throws -> (TestSupport.Outcome, URL) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-menu-\(UUID().uuidString)")
    for folder in ["content/lessons", "content/seminars"] {
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let files = [
      "site.yml": config,
      "content/lessons/urok.md": "---\ntitle: Урок\n---\nТекст.\n",
      "content/seminars/seminar.md": "---\ntitle: Семинар\ndate: 2024-01-10\n---\nТекст.\n",
      "content/o-nas.md": "---\ntitle: О сообществе\n---\nТекст.\n",
      "content/kontakty.md": "---\ntitle: Контакты\nweight: -1\n---\nТекст.\n",
    ]
    for (path, text) in files {
      try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
    return (try TestSupport.run(["build", "--source", root.path]), root)
  }

  private func menu(_ root: URL, _ page: String) -> [String] {
    let html = TestSupport.read("public/" + page, in: root) ?? ""
    guard let start = html.range(of: "<nav class=\"menu\""),
      let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex)
    else { return [] }
    return html[start.upperBound..<end.lowerBound].components(separatedBy: "\n")
      .filter { $0.hasPrefix("<li>") }
  }

  func testDefaultMenuHasSectionsThenTopLevelPages() throws {
    let (outcome, root) = try build(config: "title: Сайт\n")
    defer { try? FileManager.default.removeItem(at: root) }
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(
      menu(root, "o-nas/index.html"),
      [
        "<li><a href=\"../lessons/index.html\">Уроки</a></li>",
        "<li><a href=\"../seminars/index.html\">Семинары</a></li>",
        "<li><a href=\"../kontakty/index.html\">Контакты</a></li>",
        "<li><a href=\"../o-nas/index.html\" aria-current=\"true\">О сообществе</a></li>",
      ])
  }

  func testMenuFromSiteYmlWithLinksAndWarnings() throws {
    let config = """
      title: Сайт
      base_url: ""
      menu:
        - o-nas.md
        - {section: lessons, title: Конспекты}
        - {title: Управление образования, url: "https://edu.example.kz/"}
        - lesons
        - netu.md

      """
    let (outcome, root) = try build(config: config)
    defer { try? FileManager.default.removeItem(at: root) }
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(
      menu(root, "lessons/urok/index.html"),
      [
        "<li><a href=\"../../o-nas/index.html\">О сообществе</a></li>",
        "<li><a href=\"../../lessons/index.html\" aria-current=\"true\">Конспекты</a></li>",
        "<li><a href=\"https://edu.example.kz/\">Управление образования</a></li>",
      ])
    let warnings = outcome.messages.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      warnings,
      [
        "site.yml:7:5: warning: 'lesons' in 'menu' is not a section (a folder under content/ with pages); the entry is left out of the menu; did you mean 'lessons'?",
        "site.yml:8:5: warning: 'netu.md' in 'menu' is not a page of the site (content/netu.md); the entry is left out of the menu",
      ])
  }
}
