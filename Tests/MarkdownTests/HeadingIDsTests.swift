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
        Heading(level: 1, text: "Ход урока", id: "khod-uroka", aliases: ["ход-урока"]),
        Heading(
          level: 2, text: "Цели: «обучающие»", id: "tseli-obuchayushchie",
          aliases: ["цели-обучающие"]),
        Heading(level: 3, text: "Щука и ёж", id: "shchuka-i-yozh", aliases: ["щука-и-ёж"]),
      ])
    XCTAssertEqual(
      document.renderHTML(),
      "<h1 id=\"khod-uroka\"><span id=\"ход-урока\"></span>Ход урока</h1>\n"
        + "<h2 id=\"tseli-obuchayushchie\"><span id=\"цели-обучающие\"></span>Цели: «обучающие»</h2>\n"
        + "<h3 id=\"shchuka-i-yozh\"><span id=\"щука-и-ёж\"></span>Щука и ёж</h3>\n")
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

  /// Issue 19: the n-th repeat of a heading tried -1 … -(n-1) again, so 20,000 equal
  /// headings took 22 s. Each id now costs one try, plus one per id taken by another text.
  func testRepeatedHeadingsTryEachNumberOnce() {
    var ids = HeadingIDs(slugify: { $0 })
    for _ in 0..<20_000 { _ = ids.id(for: "zadanie") }
    XCTAssertEqual(ids.tries, 20_000)
    XCTAssertEqual(ids.id(for: "zadanie"), "zadanie-20000")
    // An id taken by another heading's text is skipped, still without starting over.
    var mixed = HeadingIDs(slugify: { $0 })
    XCTAssertEqual(mixed.id(for: "a-1"), "a-1")
    XCTAssertEqual(mixed.id(for: "a"), "a")
    XCTAssertEqual(mixed.id(for: "a"), "a-2")
    XCTAssertEqual(mixed.id(for: "a"), "a-3")
    XCTAssertEqual(mixed.tries, 5)
  }

  func testRepeatedHeadingsInADocumentGetIDsInOrder() {
    let markdown = String(repeating: "## Задание\n\n", count: 2_000)
    let document = Document(
      markdown: markdown, options: MarkdownOptions(slugify: Self.transliterate))
    XCTAssertEqual(document.outline.count, 2_000)
    XCTAssertEqual(document.outline[1_999].id, "zadanie-1999")
    XCTAssertEqual(document.outline[1_999].aliases, ["задание-1999"])
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
