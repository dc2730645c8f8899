import XCTest

@testable import Markdown

/// Heading ids from the caller's slug function, unique within a page, and the outline.
final class HeadingIDsTests: XCTestCase {
  /// A small Russian transliteration, as a site would supply.
  static let transliterate: @Sendable (String) -> String = { text in
    let table: [Character: String] = [
      "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
      "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]
    var slug = ""
    for character in text.lowercased() {
      if let latin = table[character] {
        slug += latin
      } else if character.isASCII && (character.isLetter || character.isNumber) {
        slug.append(character)
      } else if !slug.isEmpty && slug.last != "-" {
        slug += "-"
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug
  }

  func testCyrillicHeadingsUseTheSlugFunction() {
    let markdown = "# Ход урока\n\n## Цели: «обучающие»\n\n### Щука и ёж\n"
    let document = Document(
      markdown: markdown, options: MarkdownOptions(slugify: Self.transliterate))
    XCTAssertEqual(
      document.outline,
      [
        Heading(level: 1, text: "Ход урока", id: "khod-uroka"),
        Heading(level: 2, text: "Цели: «обучающие»", id: "tseli-obuchayushchie"),
        Heading(level: 3, text: "Щука и ёж", id: "shchuka-i-yozh"),
      ])
    XCTAssertEqual(
      document.renderHTML(),
      "<h1 id=\"khod-uroka\">Ход урока</h1>\n<h2 id=\"tseli-obuchayushchie\">Цели: «обучающие»</h2>\n"
        + "<h3 id=\"shchuka-i-yozh\">Щука и ёж</h3>\n")
  }

  func testDuplicatesGetNumberedSuffixes() {
    let markdown = "## Задание\n\n## Задание\n\nЗадание\n-------\n\n## Задание 1\n\n## Задание\n"
    let document = Document(
      markdown: markdown, options: MarkdownOptions(slugify: Self.transliterate))
    XCTAssertEqual(
      document.outline.map(\.id), ["zadanie", "zadanie-1", "zadanie-2", "zadanie-1-1", "zadanie-3"])
  }

  func testHeadingTextIsPlainTextWithoutMarkup() {
    let document = Document(
      markdown: "## *Тема* `код` [ссылка](a.md) <b>x</b>\n", options: MarkdownOptions())
    XCTAssertEqual(
      document.outline, [Heading(level: 2, text: "Тема код ссылка x", id: "тема-код-ссылка-x")])
  }

  func testEmptySlugBecomesSection() {
    var ids = HeadingIDs(slugify: { _ in "" })
    XCTAssertEqual(ids.id(for: "!!!"), "section")
    XCTAssertEqual(ids.id(for: "???"), "section-1")
  }

  func testDefaultSlugLowercasesAndJoinsWordsWithDashes() {
    XCTAssertEqual(MarkdownOptions.defaultSlug("  Ход   Урока\t2 "), "ход-урока-2")
  }

  func testIDsAreComparedAsBytes() {
    // "é" precomposed and decomposed: equal as strings, distinct as ids.
    var ids = HeadingIDs(slugify: { $0 })
    ids.reserveCapacity(3)
    XCTAssertEqual(ids.id(for: "caf\u{E9}"), "caf\u{E9}")
    XCTAssertEqual(ids.id(for: "cafe\u{301}").utf8.count, 6)
    XCTAssertEqual(ids.id(for: "caf\u{E9}"), "caf\u{E9}-1")
  }
}
