import Foundation
import XCTest

@testable import Site

/// Issue 16: messages in Russian, Kazakh and English, each with an id.
final class MessageCatalogueTests: XCTestCase {
  private func places(_ text: String) -> Set<Int> {
    Set(
      MessageCatalogue.pieces(of: text).compactMap {
        if case .place(let index, _) = $0 { return index }
        return nil
      })
  }

  func testEveryMessageHasRussianKazakhAndEnglishTextWithTheSamePlaces() {
    let ids = MessagesEnglish.entries.map(\.id)
    XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
    XCTAssertEqual(Set(MessagesRussian.texts.keys), Set(ids))
    XCTAssertEqual(Set(MessagesKazakh.texts.keys), Set(ids))
    for entry in MessagesEnglish.entries {
      for (language, table) in [("ru", MessagesRussian.texts), ("kk", MessagesKazakh.texts)] {
        XCTAssertEqual(
          places(table[entry.id] ?? ""), places(entry.text), "\(entry.id) in \(language)")
      }
    }
  }

  /// A Latin word in a translation is a name the reader types (a field, a file, a command):
  /// it appears in the English text too. Anything else is English left untranslated.
  func testTranslationsHoldNoEnglishBeyondNamesTheReaderTypes() {
    let latinWord = try! NSRegularExpression(pattern: "[A-Za-z][A-Za-z_]+")
    for entry in MessagesEnglish.entries {
      for table in [MessagesRussian.texts, MessagesKazakh.texts] {
        let text = table[entry.id] ?? ""
        let range = NSRange(text.startIndex..., in: text)
        for match in latinWord.matches(in: text, range: range) {
          let word = String(text[Range(match.range, in: text)!])
          XCTAssertTrue(entry.text.contains(word), "\(entry.id): '\(word)' in «\(text)»")
        }
      }
    }
  }

  func testADiagnosticIsPrintedInTheChosenLanguageWithItsID() {
    let diagnostic = Diagnostic(
      .error, "content/lessons/drobi.md", line: 2, column: 8,
      "unclosed double quote: add '\"' at the end of the value")
    XCTAssertEqual(
      diagnostic.description(in: "ru"),
      "content/lessons/drobi.md:2:8: ошибка: не закрыта двойная кавычка: поставьте «\"» в конце"
        + " значения [E002]")
    XCTAssertEqual(
      diagnostic.description(in: "kk"),
      "content/lessons/drobi.md:2:8: қате: қос тырнақша жабылмаған: мәннің соңына «\"» қойыңыз"
        + " [E002]")
    XCTAssertEqual(
      diagnostic.description(in: "en"),
      "content/lessons/drobi.md:2:8: error: unclosed double quote: add '\"' at the end of the"
        + " value [E002]")
  }

  func testEndingsTheCodeAppendsAreTranslatedToo() {
    let message =
      "the link '../lessons/umnozhenie.md' points to a page that does not exist"
      + " (content/lessons/umnozhenie.md) and is shown as text; did you mean"
      + " '../lessons/umnozhenie-drobey.md'?"
    let ru = MessageCatalogue.localized(message, in: "ru")
    XCTAssertEqual(
      ru.text,
      "ссылка «../lessons/umnozhenie.md» ведёт на страницу, которой нет"
        + " (content/lessons/umnozhenie.md) и показана простым текстом; может быть,"
        + " «../lessons/umnozhenie-drobey.md»?")
    XCTAssertEqual(ru.id, "E201")
    let field = MessageCatalogue.localized(
      "'grade' must be text, not a list", in: "kk")
    XCTAssertEqual(field.text, "«grade» мәтін болуы керек, тізім емес")
  }

  func testAMessageNotInTheCatalogueIsPrintedAsItIsWithoutAnID() {
    let diagnostic = Diagnostic(.warning, "site.yml", line: 1, column: 1, "something new")
    XCTAssertEqual(diagnostic.description(in: "ru"), "site.yml:1:1: предупреждение: something new")
  }

  func testCountsTakeTheRightRussianForm() {
    func failed(_ errors: Int) -> String {
      MessageCatalogue.text("C003", [String(errors), "1"], in: "ru")
    }
    XCTAssertTrue(failed(1).hasPrefix("сборка не удалась: 1 ошибка, 1 предупреждение;"))
    XCTAssertTrue(failed(3).hasPrefix("сборка не удалась: 3 ошибки,"))
    XCTAssertTrue(failed(5).hasPrefix("сборка не удалась: 5 ошибок,"))
    XCTAssertTrue(failed(11).hasPrefix("сборка не удалась: 11 ошибок,"))
    XCTAssertTrue(failed(21).hasPrefix("сборка не удалась: 21 ошибка,"))
    XCTAssertEqual(
      MessageCatalogue.text("C003", ["1", "2"], in: "en"),
      "build failed: 1 error, 2 warnings; the previous output was left as it was")
    XCTAssertEqual(SummaryText.count(15_678, in: "ru"), "15\u{00A0}678")
    XCTAssertEqual(SummaryText.count(15_678, in: "en"), "15,678")
  }

  func testTheLanguageIsTheOptionThenTheSiteThenTheEnvironmentThenRussian() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pednet-lang-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: site) }
    func choose(_ option: String?, _ environment: [String: String]) -> String {
      MessageLanguage.choose(
        option: option, sourceDirectory: site.path, configFile: nil, environment: environment)
    }
    XCTAssertEqual(choose(nil, [:]), "ru")
    XCTAssertEqual(choose(nil, ["LANG": "kk_KZ.UTF-8"]), "kk")
    XCTAssertEqual(choose(nil, ["LANG": "en_GB.UTF-8", "LC_ALL": "ru_RU.UTF-8"]), "ru")
    XCTAssertEqual(choose(nil, ["LANG": "de_DE.UTF-8"]), "ru")
    try "title: x\nlanguage: kk\n".write(
      to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    XCTAssertEqual(choose(nil, ["LANG": "en_US.UTF-8"]), "kk")
    XCTAssertEqual(choose("en", ["LANG": "ru_RU.UTF-8"]), "en")
  }

  func testCheckSpeaksTheChosenLanguage() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    try "---\ntitle: \"Урок\n---\n".write(
      to: site.appendingPathComponent("content/lessons/slomano.md"), atomically: true,
      encoding: .utf8)
    let ru = try TestSupport.run(["check", "--source", site.path, "--lang", "ru"])
    XCTAssertEqual(ru.status, 1)
    XCTAssertEqual(
      ru.stderr.split(separator: "\n").map(String.init).first,
      "content/lessons/slomano.md:2:8: ошибка: не закрыта двойная кавычка: поставьте «\"» в"
        + " конце значения [E002]")
    XCTAssertTrue(
      ru.stderr.contains("1 ошибка, 0 предупреждений, проверено: 10 страниц"), ru.stderr)
    let kk = try TestSupport.run(["check", "--source", site.path, "--lang", "kk"])
    XCTAssertTrue(kk.stderr.contains("қате: қос тырнақша жабылмаған"), kk.stderr)
    XCTAssertTrue(kk.stdout.contains("сайтқа 1 бет кірмеді"), kk.stdout)
    let wrong = try TestSupport.run(["check", "--source", site.path, "--lang", "de"])
    XCTAssertEqual(wrong.status, 2)
    XCTAssertTrue(wrong.stderr.contains("option '--lang' needs ru, kk or en"), wrong.stderr)
  }
}
