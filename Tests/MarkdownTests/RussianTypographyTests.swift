import XCTest

@testable import Markdown

/// Russian typography: «ёлочки» with nested „лапки“, ` -- ` and ` --- ` as a dash after a
/// no-break space, never inside code or escaped characters.
final class RussianTypographyTests: XCTestCase {
  private func html(_ markdown: String, language: String = "ru") -> String {
    Document(markdown: markdown, options: MarkdownOptions(language: language)).renderHTML()
  }

  func testQuotesBecomeGuillemets() {
    XCTAssertEqual(html("Урок \"Дроби\" начался.\n"), "<p>Урок «Дроби» начался.</p>\n")
  }

  func testNestedQuotesBecomeLowAndHighQuotes() {
    XCTAssertEqual(
      html("Он сказал: \"Читайте \"Капитанскую дочку\" к среде\".\n"),
      "<p>Он сказал: «Читайте „Капитанскую дочку“ к среде».</p>\n")
  }

  func testQuotesAroundEmphasisAndAcrossLines() {
    XCTAssertEqual(
      html("\"*Курсив*\" и \"первая\nвторая\"\n"), "<p>«<em>Курсив</em>» и «первая\nвторая»</p>\n")
  }

  func testDashesGetANoBreakSpace() {
    XCTAssertEqual(
      html("Москва -- столица, дробь --- это число.\n"),
      "<p>Москва\u{A0}— столица, дробь\u{A0}— это число.</p>\n")
  }

  func testDialogueDashAtLineStart() {
    XCTAssertEqual(html("Реплика:\n-- Здравствуйте!\n"), "<p>Реплика:\n— Здравствуйте!</p>\n")
  }

  func testHyphensThatAreNotDashesStay() {
    XCTAssertEqual(
      html("что-то, 1--2, ---- и -- слово--\n"), "<p>что-то, 1--2, ---- и\u{A0}— слово--</p>\n")
  }

  func testNothingChangesInsideCode() {
    XCTAssertEqual(
      html("Код `x = \"a\" -- b` и\n\n```\nprint(\"a\") -- b\n```\n"),
      "<p>Код <code>x = &quot;a&quot; -- b</code> и</p>\n<pre><code>print(&quot;a&quot;) -- b\n</code></pre>\n"
    )
  }

  func testEscapedAndEntityQuotesStayStraight() {
    XCTAssertEqual(
      html("\\\"Как есть\\\" и &quot;тоже&quot;\n"),
      "<p>&quot;Как есть&quot; и &quot;тоже&quot;</p>\n")
  }

  func testQuotesInLinkTextAndTables() {
    XCTAssertEqual(
      html("[\"Учебник\"](u.md)\n\n| \"А\" |\n|---|\n| -- \"Б\" -- |\n"),
      "<p><a href=\"u.md\">«Учебник»</a></p>\n<table>\n<thead>\n<tr>\n<th>«А»</th>\n</tr>\n</thead>\n"
        + "<tbody>\n<tr>\n<td>— «Б»\u{A0}—</td>\n</tr>\n</tbody>\n</table>\n")
  }

  func testQuotesNextToAutolinksStayOutsideTheLink() {
    XCTAssertEqual(
      html("Сайт \"http://school.ru\", не \"www.school.ru\".\n"),
      "<p>Сайт «<a href=\"http://school.ru\">http://school.ru</a>», не «www.school.ru».</p>\n")
  }

  func testEnglishPagesGetCommonMarkSmartPunctuation() {
    XCTAssertEqual(
      html("\"Fractions\" -- it's easy...\n", language: "en"), "<p>“Fractions” – it’s easy…</p>\n")
  }

  func testTypographyCanBeSwitchedOff() {
    let options = MarkdownOptions(language: "ru", typography: false)
    XCTAssertEqual(
      Document(markdown: "\"а\" -- б\n", options: options).renderHTML(),
      "<p>&quot;а&quot; -- б</p>\n")
  }

  func testLanguageVariantsCountAsRussian() {
    XCTAssertEqual(html("\"а\"\n", language: "ru-RU"), "<p>«а»</p>\n")
    XCTAssertEqual(html("\"а\"\n", language: "kk"), "<p>“а”</p>\n")
  }
}
