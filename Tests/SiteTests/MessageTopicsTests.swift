import Foundation
import XCTest

@testable import Site

/// Issue 16: every message the program emits has an id and a Russian and a Kazakh text; a run
/// in Russian or Kazakh leaves no English beyond the names and values the reader wrote.
final class MessageTopicsTests: XCTestCase {
  /// One page per front-matter mistake (the parser stops at the first one in a file).
  private static let frontMatterMistakes: [String: String] = [
    "tab": "title: Т\n\tgrade: 5\n", "quote": "title: \"Урок\n  next\n",
    "anchor": "title: &a Урок\n", "alias": "title: *a\n", "tag": "title: !x Урок\n",
    "complex": "? title\n", "directive": "%YAML 1.2\ntitle: Т\n", "end": "title: Т\n...\n",
    "duplicate": "title: А\ntitle: Б\n", "indent": "title: Т\ntags:\n  - a\n - b\n",
    "comma": "title: Т\ntags: [a,, b]\n", "brace": "title: Т\nauthor: {name: a b: c}\n",
    "header": "title: Т\nsummary: |x\n  текст\n", "escape": "title: \"\\q\"\n",
    "hex": "title: \"\\x4\"\n", "date": "title: Т\ndate: 2024-13-01\n",
    "colon": "title: Урок: дроби: часть\n", "list-key": "title: Т\ntags: - a\n",
    "text-after": "title: \"Т\" x\n", "flow-dash": "title: Т\ntags: [- a]\n",
    "bracket": "title: Т\ntags: [a, b\n",
  ]

  /// Pages whose fields, links, Markdown and formulas are wrong.
  private static let pageMistakes: [String: String] = [
    "lessons/fields.md": """
    ---
    title: Урок № 5 #дроби
    subject: математика
    grade: 5 класс
    duration: 45 минут
    tags: дроби, ФГОС, открытый урок
    date: 15.11.2024
    colour: синий
    search: 11
    author: ivanova-ana
    ---
    [план](missing.md) [якорь](other.md#net) ![](pic.png) [](x)
    [данные](data:text/html,x) [файл](file:///C:/a.doc) [код](javascript:alert) [инфо](info:gimp)
    <iframe src="https://example.com/"></iframe>

    <kbd>Ctrl</kbd> <b>жирно</b> <i>курсив</i>

    [фото](Фото с урока.png)

    ## Итоги {#itogi}
    ## Ещё {#itogi}

    Формулы: $\\frac{1$, $x^a^b$, $\\unknowncmd$, $a & b$, $\\left( x$, $\\begin{foo}x\\end{foo}$.

    ```math
    \\frac{1}{
    ```

    ```
    код без конца
    """,
    "lessons/other.md": "---\ntitle: Другой\nsubject: математика\ngrade: 12\n---\nтекст\n",
    "lessons/no-title.md": "---\nsubject: математика\ngrade: 5\n---\nтекст\n",
    "seminars/no-date.md": "---\ntitle: Семинар\n---\nтекст\n",
    "portfolios/ivanova-anna.md": "---\ntitle: Иванова Анна\nemail: нет\n---\nтекст\n",
    "notes/tags.md": "---\ntitle: Метки\ntags: [ФГОС!, фгос?]\nslug: О нас!\n---\nтекст\n",
    "notes/tags-page.md": "---\ntitle: Страница меток\nslug: tags\n---\nтекст\n",
  ]

  private static let siteYML = """
    menu:
      - nowhere
      - no-page.md
      - {url: https://example.ru/}
      - {foo: bar}
    max_tags: 1
    kinds:
      news:
        fields:
          place: colour
          when: {type: choice}
          level: {type: number, min: 5, max: 1}
          who: {type: text, required: true, default: x}
          format: {type: choice, vocabulary: formatss}
          boss: {type: reference, kind: bosses}
      talks:
        folder: news
    vocabularies:
      formats: [очно, онлайн]
      broken: {values: 1}
    """

  private func site(_ files: [String: String], settings: String) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-messages-\(UUID().uuidString)")
    for (path, text) in files {
      let file = root.appendingPathComponent("content/" + path)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: file, atomically: false, encoding: .utf8)
    }
    try settings.write(
      to: root.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
    return root
  }

  /// The diagnostics of a check of `folder`.
  private func diagnostics(of folder: URL) -> [Diagnostic] {
    SiteBuilder.check(BuildOptions(sourceDirectory: folder.path)).diagnostics
  }

  /// Every diagnostic of every fixture site and of the mistakes above.
  private func everyDiagnostic() throws -> [Diagnostic] {
    var pages = Self.pageMistakes
    for (name, text) in Self.frontMatterMistakes { pages["notes/\(name).md"] = "---\n\(text)---\n" }
    let mistakes = try site(pages, settings: Self.siteYML)
    defer { try? FileManager.default.removeItem(at: mistakes) }
    var all = diagnostics(of: mistakes)
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtures.path)
    for fixture in fixtures.sorted() {
      all += diagnostics(of: TestSupport.fixtures.appendingPathComponent(fixture))
    }
    return all
  }

  /// The Latin words of `text` outside «…» and '…' quotes, paths and `key: value` examples.
  static func latinWords(_ text: String) -> [String] {
    let word = try! NSRegularExpression(pattern: "[A-Za-z][A-Za-z_]+")
    return word.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
      String(text[Range($0.range, in: text)!])
    }
  }

  func testEveryDiagnosticOfTheFixturesAndOfEveryKindOfMistakeHasAnIDInEachLanguage() throws {
    let all = try everyDiagnostic()
    XCTAssertGreaterThan(Set(all.map(\.message)).count, 80, "the mistakes reach most messages")
    var seen: Set<String> = []
    for diagnostic in all where seen.insert(diagnostic.message).inserted {
      for language in ["ru", "kk"] {
        let localized = MessageCatalogue.localized(diagnostic.message, in: language)
        XCTAssertNotNil(localized.id, "no message in the catalogue for «\(diagnostic.message)»")
        // A Latin word left in the translation must be one the English had: a name the
        // reader types or a value they wrote; a whole English phrase is not.
        for word in Self.latinWords(localized.text) {
          XCTAssertTrue(
            diagnostic.message.contains(word),
            "\(language): '\(word)' in «\(localized.text)» for «\(diagnostic.message)»")
        }
      }
    }
  }

  func testTheHelpOfEveryLanguageNamesEveryOptionAndIsInThatLanguage() {
    let english = HelpText.text(in: "en")
    for language in ["ru", "kk"] {
      let help = HelpText.text(in: language)
      XCTAssertNotEqual(help, english)
      for option in [
        "--source", "--config", "--output", "--drafts", "--base-url", "--quiet",
        "--changed", "--port", "--host", "--lang",
      ] {
        XCTAssertTrue(help.contains(option), "\(language) help names \(option)")
        XCTAssertTrue(english.contains(option), "English help names \(option)")
      }
      for word in Self.latinWords(help) {
        XCTAssertTrue(english.contains(word), "\(language) help: '\(word)' is not a name")
      }
    }
  }

  func testEveryTemplateIsReachableByItsOwnEnglish() {
    // A template whose English another one swallows could never be printed with its id.
    for template in MessageCatalogue.templates where !template.isEnding && !template.counts {
      let sample = MessageCatalogue.text(
        template.id, (0..<6).map { "x\($0)" }, in: "en")
      XCTAssertEqual(
        MessageCatalogue.localized(sample, in: "ru").id, template.id, "«\(sample)»")
    }
  }
}

extension MessageTopicsTests {
  func testTheFirstHourMistakesReadInRussianAndKazakhWithTheirIDs() {
    let grade = Diagnostic(
      .warning, "content/lessons/drobi.md", line: 4, column: 8,
      "'grade' is a grade, so the words after it are left out: read '5 класс' as 5; write only"
        + " the grade: grade: 5")
    XCTAssertEqual(
      grade.description(in: "ru"),
      "content/lessons/drobi.md:4:8: предупреждение: «grade» — это класс, поэтому слова после"
        + " числа отброшены: «5 класс» прочитано как 5; напишите только число: grade: 5 [E121]")
    XCTAssertEqual(
      grade.description(in: "kk"),
      "content/lessons/drobi.md:4:8: ескерту: «grade» — сынып, сондықтан саннан кейінгі сөздер"
        + " алынып тасталды: «5 класс» 5 деп оқылды; тек санды жазыңыз: grade: 5 [E121]")
    let tags = MessageCatalogue.localized(
      "'tags' is one text with commas; it was read as 3 items, but write it as a list in square"
        + " brackets: tags: [дроби, ФГОС, открытый урок]", in: "ru")
    XCTAssertEqual(
      tags.text,
      "«tags» записано одним текстом через запятые; прочитано как список из 3 пунктов, но"
        + " пишите список в квадратных скобках: tags: [дроби, ФГОС, открытый урок]")
    XCTAssertEqual(tags.id, "E111")
  }

  func testPartsAndChainsOfEndingsAreTranslatedInsideTheirMessage() {
    let date = MessageCatalogue.localized(
      "invalid date '2024-13-01': month 13 is not between 1 and 12; fix it, or quote the value"
        + " if it is not a date", in: "ru")
    XCTAssertEqual(
      date.text,
      "неверная дата «2024-13-01»: месяц 13 не от 1 до 12; исправьте её или возьмите значение"
        + " в кавычки, если это не дата")
    XCTAssertEqual(date.id, "E017")
    let menu = MessageCatalogue.localized(
      "'lesons' in 'menu' is not a section (a folder under content/ with pages); the entry is"
        + " left out of the menu; did you mean 'lessons'?", in: "kk")
    XCTAssertEqual(
      menu.text,
      "«menu» ішіндегі «lesons» бөлім емес (бөлім — content/ ішіндегі беттері бар қалта);"
        + " тармақ мәзірге қосылмады; мүмкін, «lessons»?")
    XCTAssertEqual(menu.id, "E129")
    let draft = MessageCatalogue.localized(
      "the link 'future.md' points to a page that does not exist (content/lessons/future.md);"
        + " check the file name (or the page is a draft)", in: "ru")
    XCTAssertEqual(
      draft.text,
      "ссылка «future.md» ведёт на страницу, которой нет (content/lessons/future.md); проверьте"
        + " имя файла (или эта страница — черновик)")
  }

  func testCommandLinesAndTimingsSpeakTheChosenLanguage() {
    XCTAssertEqual(
      SummaryText.usage("unknown option '--bogus' for 'build'", in: "ru"),
      "pednet-build: у команды «build» нет параметра «--bogus»\nСправка: «pednet-build --help».")
    XCTAssertEqual(
      SummaryText.usage("unknown option '--bogus' for 'build'", in: "en"),
      "pednet-build: unknown option '--bogus' for 'build'\nSee 'pednet-build --help'.")
    XCTAssertEqual(
      SummaryText.fileError(
        "content/lessons/drobi.md",
        "a page of this name already exists there; choose another title or edit that page",
        in: "kk"),
      "content/lessons/drobi.md: қате: онда осындай атаулы бет бар; басқа атау таңдаңыз немесе"
        + " сол бетті түзетіңіз [E612]")
    let steps = [(phase: "load", seconds: 0.0123), (phase: "write", seconds: 1.5)]
    XCTAssertEqual(SummaryText.timings(steps, in: "en"), "load 0.012s, write 1.500s")
    XCTAssertEqual(
      SummaryText.timings(steps, in: "ru"), "чтение 0,012\u{00A0}с, запись 1,500\u{00A0}с")
    XCTAssertEqual(
      MessageLanguage.choose(rawArguments: ["--help", "--lang", "kk"], environment: [:]), "kk")
    XCTAssertEqual(
      MessageLanguage.choose(rawArguments: ["check", "--lang=de"], environment: [:]), "en")
    XCTAssertTrue(HelpText.text(in: "kk").hasPrefix("pednet-build: мұғалімдер"))
  }
}

/// docs/ru.md lists every message (``MessageReference``); `PEDNET_WRITE_DOCS=1` rewrites it.
final class MessageReferenceTests: XCTestCase {
  private let start = "<!-- messages: generated from Sources/Site/Messages, do not edit -->\n"
  private let end = "<!-- messages: end -->"

  func testDocsListEveryMessageInRussian() throws {
    let docs = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/ru.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    guard let open = text.range(of: start), let close = text.range(of: end) else {
      return XCTFail("docs/ru.md has no generated list of messages")
    }
    let listed = String(text[open.upperBound..<close.lowerBound])
    let expected = MessageReference.markdown(in: "ru") + "\n"
    if ProcessInfo.processInfo.environment["PEDNET_WRITE_DOCS"] == "1" {
      try (text[..<open.upperBound] + expected + text[close.lowerBound...]).write(
        to: docs, atomically: true, encoding: .utf8)
      return
    }
    XCTAssertEqual(listed, expected, "run the test with PEDNET_WRITE_DOCS=1 to update docs/ru.md")
    for entry in MessagesEnglish.entries {
      XCTAssertTrue(listed.contains("| \(entry.id) |"), "\(entry.id) in docs/ru.md")
    }
  }

  func testACellShowsPlacesAndEscapesMarkdown() {
    XCTAssertEqual(
      MessageReference.cell("{0|ошибка|ошибки|ошибок} в `{1}` | [x]"),
      "N ошибок в \\`…\\` \\| \\[x\\]")
  }
}
