import XCTest

@testable import FrontMatter

final class YAMLParserQuotedScalarTests: XCTestCase {
  func testSingleQuotedDoublesQuote() {
    let value = parseOrFail("a: 'It''s «ок»: да'\n")
    XCTAssertEqual(value["a"]?.string, "It's «ок»: да")
    XCTAssertEqual(value["a"]?.sourceText, "'It''s «ок»: да'")
    XCTAssertEqual(value["a"]?.location, at(1, 4))
  }

  func testDoubleQuotedEscapes() {
    let value = parseOrFail(#"a: "q\" b\\ n\n t\t s\/ sp\ .""# + "\n")
    XCTAssertEqual(value["a"]?.string, "q\" b\\ n\n t\t s/ sp .")
  }

  /// Issue 19: `"\0"` wrote a NUL into the page's HTML and `"\r"` ended a calendar line.
  func testEscapesOfControlCharactersAreErrors() {
    for escape in [#"\0"#, #"\r"#, #"\e"#, #"\a"#, #"\x01"#, #"\u0007"#, #"\uFFFE"#] {
      assertYAMLError(
        "a: \"x\(escape)y\"", line: 1, column: 6,
        "the escape '\(escape)' stands for an invisible control character, which a page cannot"
          + " show (and which breaks the feed and the calendar): remove it")
    }
  }

  func testDoubleQuotedUnicodeEscapes() {
    let value = parseOrFail(#"a: "\x41\u0416\U0001F600\N\_\L\P""#)
    XCTAssertEqual(value["a"]?.string, "AЖ😀\u{85}\u{A0}\u{2028}\u{2029}")
  }

  func testQuotedScalarsAreAlwaysStrings() {
    XCTAssertEqual(
      shapeOf("a: \"5\"\nb: 'true'\nc: \"\"\nd: '2024-03-01'\n"),
      #"{a: "5", b: "true", c: "", d: "2024-03-01"}"#)
  }

  func testColonsAndHashesInsideQuotes() {
    XCTAssertEqual(
      shapeOf("a: \"Тема: дроби # 1\"  # комментарий\n"), #"{a: "Тема: дроби # 1"}"#)
  }

  func testMultiLineDoubleQuotedFolds() {
    XCTAssertEqual(
      shapeOf("a: \"первая  \n   вторая\n\n  третья\"\n"), #"{a: "первая вторая\nтретья"}"#)
  }

  func testMultiLineSingleQuotedFolds() {
    XCTAssertEqual(shapeOf("- 'a\n  b'\n"), #"["a b"]"#)
  }

  func testEscapedLineBreakJoinsWithoutSpace() {
    XCTAssertEqual(shapeOf("a: \"сло\\\n    во\"\n"), #"{a: "слово"}"#)
  }

  func testEscapedWhitespaceBeforeLineBreakIsKept() {
    XCTAssertEqual(shapeOf("a: \"x\\t\n  y\"\n"), #"{a: "x\t y"}"#)
  }

  func testQuotedKeys() {
    let value = parseOrFail("\"ключ: с двоеточием\": 1\n'b': 2\n")
    XCTAssertEqual(value.mapping?.keys, ["ключ: с двоеточием", "b"])
    XCTAssertEqual(value["b"]?.location, at(2, 6))
  }

  func testUnclosedDoubleQuoteIsErrorAtOpeningQuote() {
    assertYAMLError(
      "title: \"Урок\nb: 1\n", line: 1, column: 8,
      "unclosed double quote: add '\"' at the end of the value")
    assertYAMLError(
      "a: 1\nb: \"«Урок»", line: 2, column: 4,
      "unclosed double quote: add '\"' at the end of the value")
  }

  func testUnclosedSingleQuoteIsErrorAtOpeningQuote() {
    assertYAMLError(
      "- 'abc\n", line: 1, column: 3, "unclosed single quote: add \"'\" at the end of the value")
  }

  func testUnknownEscapeIsAnError() {
    assertYAMLError(
      #"path: "C:\docs""#, line: 1, column: 10,
      #"unknown escape '\d' in double quotes: write '\\' for a backslash, or use single quotes"#)
  }

  func testBackslashUWithoutDigitsIsAnError() {
    assertYAMLError(
      #"path: "C:\Users""#, line: 1, column: 10,
      #"invalid escape '\U': expected 8 hexadecimal digits (write '\\' for a backslash)"#)
  }

  func testUnknownCyrillicEscapeIsNamed() {
    assertYAMLError(
      #"a: "x\д""#, line: 1, column: 6,
      #"unknown escape '\д' in double quotes: write '\\' for a backslash, or use single quotes"#)
  }

  func testShortHexEscapeIsAnError() {
    assertYAMLError(
      #"a: "\u41""#, line: 1, column: 5,
      #"invalid escape '\u41': expected 4 hexadecimal digits (write '\\' for a backslash)"#)
  }

  func testSurrogateEscapeIsAnError() {
    assertYAMLError(
      #"a: "\uD800""#, line: 1, column: 5, #"invalid escape '\uD800': not a Unicode character"#)
  }

  func testTextAfterClosingQuoteIsAnError() {
    assertYAMLError(
      "a: \"x\" y\n", line: 1, column: 8,
      "unexpected text after the closing quote: quote the whole value, or write ' #' before a comment"
    )
  }

  func testQuotedKeyAfterKeyIsMappingValueError() {
    assertYAMLError(
      "a: \"b\": c\n", line: 1, column: 7,
      "mapping values are not allowed here: quote the value if it contains ': '")
  }

  func testUnindentedContinuationAsksForIndentation() {
    assertYAMLError(
      "описание: \"первая строка\nвторая строка\"\nb: 1\n", line: 1, column: 11,
      "unclosed double quote: add '\"' at the end of the value, or indent the lines that continue it"
    )
    assertYAMLError(
      "- 'a\nb'\n", line: 1, column: 3,
      "unclosed single quote: add \"'\" at the end of the value, or indent the lines that continue it"
    )
  }
}
