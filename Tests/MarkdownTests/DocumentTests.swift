import XCTest

@testable import Markdown

/// Links with their positions, the resolver, the raw-HTML switch, plain text and summary.
final class DocumentTests: XCTestCase {
  func testBytesAreTheUTF8OfTheHTML() {
    let document = Document(
      markdown: "# Дроби\n\n[Урок](drobi.md) и ![схема](shema.png), «текст».\n\nБез ссылок.\n")
    let resolve: (LinkReference) -> String? = { $0.destination == "drobi.md" ? "../drobi/" : nil }
    let text = document.renderHTML(resolvingLinks: resolve)
    XCTAssertTrue(text.contains("href=\"../drobi/\""))
    XCTAssertEqual(document.renderHTMLBytes(resolvingLinks: resolve), Array(text.utf8))
    let plain = Document(markdown: "Просто *текст*.\n")
    XCTAssertEqual(plain.renderHTMLBytes(), Array(plain.renderHTML().utf8))
  }

  func testBytesInGiveTheSameDocumentAsAString() {
    let markdown =
      "\u{FEFF}# Дроби\n\n| a | b |\n|---|---|\n| 1 | [x](y.md) |\n\n«Текст» -- тире.\n"
    let options = MarkdownOptions(language: "ru", rawHTML: .drop, firstLine: 3)
    let fromText = Document(markdown: markdown, options: options)
    let fromBytes = Document(markdownUTF8: Array(markdown.utf8), options: options)
    XCTAssertEqual(fromBytes.renderHTML(), fromText.renderHTML())
    XCTAssertEqual(fromBytes.links, fromText.links)
    XCTAssertEqual(fromBytes.outline, fromText.outline)
    XCTAssertEqual(fromBytes.plainText, fromText.plainText)
    XCTAssertEqual(fromBytes.summary, fromText.summary)
    XCTAssertTrue(fromText.renderHTML().contains("<table"))
  }

  func testLinksCarryFileLinesAndColumns() {
    let markdown = """
      Текст [план](../lessons/drobi.md) и ![схема](img/схема.png "Схема").

      - пункт [один](a.md)
        ещё [два](b.md#цели)
      > цитата <https://school.ru> и www.edu.ru

      | Этап | Ссылка |
      |------|--------|
      | 1 | [карта](karta.md) и mail@school.ru |

      """
    let document = Document(markdown: markdown, options: MarkdownOptions(firstLine: 7))
    XCTAssertEqual(
      document.links,
      [
        LinkReference(
          destination: "../lessons/drobi.md", isImage: false, text: "план", line: 7, column: 7),
        LinkReference(
          destination: "img/схема.png", isImage: true, text: "схема", line: 7, column: 37),
        LinkReference(destination: "a.md", isImage: false, text: "один", line: 9, column: 9),
        LinkReference(destination: "b.md#цели", isImage: false, text: "два", line: 10, column: 7),
        LinkReference(
          destination: "https://school.ru", isImage: false, text: "https://school.ru", line: 11,
          column: 10),
        LinkReference(
          destination: "http://www.edu.ru", isImage: false, text: "www.edu.ru", line: 11, column: 32
        ),
        LinkReference(destination: "karta.md", isImage: false, text: "карта", line: 15, column: 7),
        LinkReference(
          destination: "mailto:mail@school.ru", isImage: false, text: "mail@school.ru", line: 15,
          column: 27),
      ])
  }

  func testLinkAfterReferenceDefinitionsAndInNestedContainers() {
    let markdown =
      "[r]: /url\nТекст [r]\n\n> 1. пункт\n>    [a](a.md)\n>\n>    - вложенный [b](b.md)\n"
    let document = Document(markdown: markdown, options: MarkdownOptions())
    XCTAssertEqual(document.links.map { [$0.line, $0.column] }, [[2, 7], [5, 6], [7, 18]])
  }

  func testLinksAfterLineBreaks() {
    // cmark does not count the line after a backslash break; the positions are corrected.
    let markdown = "a\\\nb [x](y)\\\n  c [z](w) www.q.ru\nd  \ne [k](l)\n\n[r]: /u\n[x](y)\\\n[r]\n"
    let document = Document(markdown: markdown, options: MarkdownOptions())
    XCTAssertEqual(
      document.links.map { [$0.line, $0.column] },
      [[2, 3], [3, 5], [3, 12], [5, 3], [8, 1], [9, 1]])
  }

  func testResolverChoosesDestinations() {
    let markdown = "[а](a.md) [б](https://b.ru) ![в](c.png) www.d.ru\n"
    var seen: [String] = []
    let html = Document(markdown: markdown, options: MarkdownOptions()).renderHTML { link in
      seen.append(link.destination)
      return link.destination.hasSuffix(".md") ? "../a/" : nil
    }
    XCTAssertEqual(seen, ["a.md", "https://b.ru", "c.png", "http://www.d.ru"])
    XCTAssertEqual(
      html,
      "<p><a href=\"../a/\">а</a> <a href=\"https://b.ru\">б</a> <img src=\"c.png\" alt=\"в\" /> "
        + "<a href=\"http://www.d.ru\">www.d.ru</a></p>\n")
  }

  func testRawHTMLIsDroppedByDefault() {
    let markdown = "<div class=\"x\">блок</div>\n\nТекст <b>жирный</b>.\n\n| <i>я</i> |\n|---|\n"
    XCTAssertEqual(
      Document(markdown: markdown, options: MarkdownOptions(rawHTML: .drop)).renderHTML(),
      "<p>Текст жирный.</p>\n<table>\n<thead>\n<tr>\n<th>я</th>\n</tr>\n</thead>\n</table>\n")
  }

  func testRawHTMLCanBeEscaped() {
    let markdown = "<div class=\"x\">блок</div>\n\nТекст <b>жирный</b>.\n\n| <i>я</i> |\n|---|\n"
    XCTAssertEqual(
      Document(markdown: markdown, options: MarkdownOptions(rawHTML: .escape)).renderHTML(),
      "<p>&lt;div class=&quot;x&quot;&gt;блок&lt;/div&gt;</p>\n<p>Текст &lt;b&gt;жирный&lt;/b&gt;.</p>\n"
        + "<table>\n<thead>\n<tr>\n<th>&lt;i&gt;я&lt;/i&gt;</th>\n</tr>\n</thead>\n</table>\n")
  }

  func testRawHTMLCanBeAllowed() {
    let markdown = "<div class=\"x\">блок</div>\n\nТекст <b>жирный</b>.\n\n| <i>я</i> |\n|---|\n"
    XCTAssertEqual(
      Document(markdown: markdown, options: MarkdownOptions(rawHTML: .allow)).renderHTML(),
      "<div class=\"x\">блок</div>\n<p>Текст <b>жирный</b>.</p>\n"
        + "<table>\n<thead>\n<tr>\n<th><i>я</i></th>\n</tr>\n</thead>\n</table>\n")
  }

  func testPlainTextHasNoMarkupAndKeepsTableCells() {
    let markdown = """
      # Урок

      Текст с **жирным**, `кодом` и [ссылкой](a.md).
      Вторая строка<br>.

      | А | Б |
      |---|---|
      | 1 | 2 |

      ```
      код
      ```
      <div>скрыто</div>
      """
    XCTAssertEqual(
      Document(markdown: markdown, options: MarkdownOptions()).plainText,
      "Урок\nТекст с жирным, кодом и ссылкой. Вторая строка.\nА Б \n1 2 \nкод")
  }

  func testSummaryIsTheFirstParagraph() {
    let markdown = "# Заголовок\n\n![фото](a.jpg)\n\nПервый *абзац*\nв две строки.\n\nВторой.\n"
    XCTAssertEqual(
      Document(markdown: markdown, options: MarkdownOptions()).summary, "Первый абзац в две строки."
    )
    XCTAssertEqual(
      Document(markdown: "# Только заголовок\n", options: MarkdownOptions()).summary, "")
  }

  /// The summary is cut from the trimmed plain text (here it starts after a blank cell), or
  /// made of its own bytes when an image is left out.
  func testSummaryAfterTrimmedStartAndWithoutImages() {
    let table = Document(
      markdown: "|   | б |\n|---|---|\n\nПервый абзац.\n", options: MarkdownOptions())
    XCTAssertEqual(table.plainText, "б \nПервый абзац.")
    XCTAssertEqual(table.summary, "Первый абзац.")
    let image = Document(
      markdown: "Текст ![фото](a.jpg) дальше.\n\nВторой.\n", options: MarkdownOptions())
    XCTAssertEqual(image.summary, "Текст  дальше.")
  }

  func testByteOrderMarkAndWindowsLineEndings() {
    let document = Document(
      markdown: "\u{FEFF}# Тема\r\n\r\nТекст [a](a.md)\r\n", options: MarkdownOptions())
    XCTAssertEqual(
      document.renderHTML(), "<h1 id=\"тема\">Тема</h1>\n<p>Текст <a href=\"a.md\">a</a></p>\n")
    XCTAssertEqual(document.links.map { [$0.line, $0.column] }, [[3, 7]])
  }

  func testEmptyAndOddInputsRender() {
    XCTAssertEqual(Document(markdown: "", options: MarkdownOptions()).renderHTML(), "")
    XCTAssertEqual(
      Document(markdown: "|\n|-|\n", options: MarkdownOptions()).renderHTML(), "<p>|\n|-|</p>\n")
    let deep = String(repeating: ">", count: 5_000) + " x\n" + String(repeating: "*", count: 5_000)
    XCTAssertFalse(Document(markdown: deep, options: MarkdownOptions()).renderHTML().isEmpty)
  }
}
