import Foundation
import FrontMatter
import XCTest

@testable import Site

/// A site that declares its own kinds (`master-class`, `news`) and extends the olympiad levels:
/// its pages render with labelled fields in the default theme, in the menu and on the home page.
final class SchemaSiteTests: XCTestCase {
  func testSiteKindsRenderWithTheirFields() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["build", "--source", site.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(
      outcome.messages.split(separator: "\n").map(String.init),
      [
        "content/lessons/kontrol-drobi.md:6:14: warning: 'урок развивающего кантроля' is a new"
          + " value of 'lesson_type' (not in the list 'lesson_types'); kept as written. Did you"
          + " mean 'урок развивающего контроля'? To silence this, add it in site.yml: vocabularies:"
          + " lesson_types: add: [урок развивающего кантроля]"
      ])
    let page = try XCTUnwrap(
      TestSupport.read("public/master-classes/geometriya-origami/index.html", in: site))
    XCTAssertTrue(page.contains("<p class=\"kicker\">Мастер-класс</p>"))
    XCTAssertTrue(
      page.contains(
        "<dt>Тема</dt>\n<dd>Свойства фигур через складывание бумаги</dd>\n<dt>Место</dt>\n"
          + "<dd>Гимназия № 2, кабинет 14</dd>\n<dt>Формат</dt>\n"
          + "<dd><ul class=\"inline\"><li><a href=\"../../format/ochno/index.html\">очно</a></li></ul></dd>\n"
          + "<dt>Классы</dt>\n<dd>5–7</dd>\n<dt>Мест</dt>\n<dd>25</dd>"), page)
    XCTAssertTrue(page.contains("portfolios/ivanova-anna/index.html\">Иванова Анна Петровна</a>"))
    let news = try XCTUnwrap(TestSupport.read("public/news/otkrytie-sezona/index.html", in: site))
    XCTAssertTrue(news.contains("<dt>Источник</dt>\n<dd>https://example.org/novosti</dd>"))
    let home = try XCTUnwrap(TestSupport.read("public/index.html", in: site))
    XCTAssertTrue(home.contains("<li><a href=\"master-classes/index.html\">Мастер-классы</a></li>"))
    XCTAssertTrue(home.contains("<li><a href=\"news/index.html\">Новости</a></li>"))
    XCTAssertTrue(home.contains("<h2><a href=\"master-classes/index.html\">Мастер-классы</a></h2>"))
    let olympiad = try XCTUnwrap(
      TestSupport.read("public/olympiads/vysshaya-proba/index.html", in: site))
    XCTAssertTrue(olympiad.contains("олимпиада «Высшая проба»"))
    let city = try XCTUnwrap(TestSupport.read("public/olympiads/gorodskaya/index.html", in: site))
    XCTAssertTrue(city.contains("городская олимпиада"), "an open list keeps a new level as written")
    let plain = try XCTUnwrap(TestSupport.read("public/o-kruzhke/index.html", in: site))
    XCTAssertTrue(plain.contains("Кружок для шестиклассников."))
  }

  func testOpenLessonTypesTakeNewWordsAndSpellKnownOnesTheListsWay() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertEqual(try TestSupport.run(["build", "--source", site.path]).status, 0)
    let types = try ["kvest-drobi", "refleksiya-drobi", "masterskaya-drobi"].map { name in
      let page = try XCTUnwrap(TestSupport.read("public/lessons/\(name)/index.html", in: site))
      return page.components(separatedBy: "<dt>Тип урока</dt>\n<dd>").dropFirst().first?
        .prefix { $0 != "<" }
    }
    XCTAssertEqual(types, ["урок-квест", "урок рефлексии", "урок-мастерская"])
  }

  func testAClosedListOfLessonTypesRejectsAWordItLacks() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let config = site.appendingPathComponent("site.yml")
    let text = try String(contentsOf: config, encoding: .utf8)
    try text.replacingOccurrences(
      of: "    open: true\n    add: [урок-квест]", with: "    open: false"
    )
    .write(to: config, atomically: true, encoding: .utf8)
    let outcome = try TestSupport.run(["check", "--source", site.path])
    XCTAssertEqual(outcome.status, 1)
    XCTAssertTrue(
      outcome.messages.contains(
        "content/lessons/kvest-drobi.md:6:14: error: 'lesson_type' must be one of"
          + " 'урок открытия нового знания', "), outcome.messages)
    XCTAssertTrue(
      outcome.messages.contains(
        "content/lessons/masterskaya-drobi.md:6:14: error: 'lesson_type' must be one of"),
      outcome.messages)
  }

  func testAFacetOfASiteKindGetsTermPagesAndASearchFilter() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["build", "--source", site.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let list = try XCTUnwrap(TestSupport.read("public/format/index.html", in: site))
    XCTAssertTrue(list.contains("<h1>Формат</h1>"), list)
    XCTAssertTrue(
      list.contains(
        "<li><a href=\"../format/ochno/index.html\">очно</a> <span class=\"count\">1 материал</span>"
      ), list)
    let term = try XCTUnwrap(TestSupport.read("public/format/ochno/index.html", in: site))
    XCTAssertTrue(
      term.contains("<p class=\"kicker\"><a href=\"../../format/index.html\">Формат</a>"))
    XCTAssertTrue(term.contains("master-classes/geometriya-origami/index.html"), term)
    let search = try XCTUnwrap(TestSupport.read("public/search/index.html", in: site))
    XCTAssertTrue(
      search.contains(
        "<label>Формат\n<select name=\"format\" data-facet><option value=\"\">"), search)
    let entry = try XCTUnwrap(TestSupport.read("public/search/index.json", in: site))
    XCTAssertTrue(entry.contains("\"subject\":[\"математика\"],\"format\":[\"очно\"]}"), entry)
    let facets = try XCTUnwrap(TestSupport.read("public/search/f.json", in: site))
    // Only the master class (the fifth page in the index, after the lessons) has a format.
    XCTAssertTrue(
      facets.hasSuffix(",\"x\":{\"format\":[-1,-1,-1,-1,0,-1,-1,-1,-1,-1]}}"), facets)
    // The olympiad levels stay a facet of their own, with their own pages.
    XCTAssertNotNil(TestSupport.read("public/levels/index.html", in: site))
  }

  func testAMissingRequiredFieldAndAWordOutsideAClosedVocabulary() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let text = "---\ntitle: Без темы\nformat: заочно\n---\nТекст.\n"
    try text.write(
      to: site.appendingPathComponent("content/master-classes/bez-temy.md"), atomically: true,
      encoding: .utf8)
    let outcome = try TestSupport.run(["check", "--source", site.path])
    XCTAssertEqual(outcome.status, 1)
    XCTAssertTrue(
      outcome.stderr.contains(
        "content/master-classes/bez-temy.md:1:1: error: a page of the kind 'master-class' needs"
          + " 'topic:' (Тема): add it to the front matter"), outcome.stderr)
    XCTAssertTrue(
      outcome.stderr.contains(
        "content/master-classes/bez-temy.md:3:9: error: 'format' must be one of 'очно', 'онлайн',"
          + " 'выездной', not 'заочно'; did you mean 'очно'?"), outcome.stderr)
  }

  func testSchemaCommandPrintsBuiltInAndSiteKinds() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["schema", "--source", site.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertTrue(outcome.stdout.hasPrefix("vocabularies:\n  seminar_formats:\n"), outcome.stdout)
    XCTAssertTrue(outcome.stdout.contains("  master-class:\n    folder: master-classes\n"))
    XCTAssertTrue(
      outcome.stdout.contains(
        "      topic: {type: text, required: true, label: {ru: Тема, en: Topic}}\n"),
      outcome.stdout)
    XCTAssertTrue(outcome.stdout.contains("турнир городов]"))
    // What it prints is itself a schema the reader takes without a problem.
    let printed = try XCTUnwrap(try FrontMatter.parseYAML(outcome.stdout).mapping)
    let bag = DiagnosticBag()
    let again = SchemaReader(reader: FieldReader(path: "x", diagnostics: bag))
      .merge(printed, over: SiteSchema())
    XCTAssertEqual(bag.sorted, [])
    XCTAssertEqual(again.kinds.map(\.name).last, "page")
    XCTAssertEqual(again.kind(named: "master-class")?.fields.count, 6)
  }

  func testNewWritesAPageOfASiteKindWithItsFields() throws {
    let site = try TestSupport.copy("schema")
    defer { try? FileManager.default.removeItem(at: site) }
    let day = YAMLDay(year: 2024, month: 12, day: 1)
    XCTAssertEqual(
      NewPage.create(
        kind: "master-class", title: "Дроби на пальцах", sourceDirectory: site.path, today: day),
      .created("content/master-classes/drobi-na-paltsakh.md"))
    let text = try XCTUnwrap(
      TestSupport.read("content/master-classes/drobi-na-paltsakh.md", in: site))
    let lines = text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    XCTAssertTrue(lines.contains("topic: \"\" # Тема: обязательно; текст"), text)
    XCTAssertTrue(lines.contains("format: очно # Формат: одно из: очно, онлайн, выездной"), text)
    XCTAssertTrue(lines.contains("seats: 1 # Мест: целое число от 1 до 200"), text)
    // The new page passes `check` once its required field is filled in.
    let filled = text.replacingOccurrences(of: "topic: \"\"", with: "topic: \"Дроби\"")
    try filled.write(
      to: site.appendingPathComponent("content/master-classes/drobi-na-paltsakh.md"),
      atomically: true, encoding: .utf8)
    let check = try TestSupport.run(["check", "--source", site.path, "--drafts"])
    XCTAssertFalse(check.stderr.contains("drobi-na-paltsakh"), check.stderr)
    XCTAssertEqual(
      NewPage.create(kind: "news", title: "Итоги года", sourceDirectory: site.path, today: day),
      .created("content/news/itogi-goda.md"))
    XCTAssertEqual(
      NewPage.kinds(sourceDirectory: site.path),
      ["portfolio", "lesson", "seminar", "olympiad", "master-class", "news", "page"])
  }
}
