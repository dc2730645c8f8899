import XCTest

@testable import FrontMatter

final class YAMLParserPlainScalarTests: XCTestCase {
  func testCyrillicPlainScalarsWithGuillemets() {
    let value = parseOrFail("тема: Урок «Сложение дробей» — 5 класс\n")
    XCTAssertEqual(value["тема"]?.string, "Урок «Сложение дробей» — 5 класс")
    XCTAssertEqual(value["тема"]?.sourceText, "Урок «Сложение дробей» — 5 класс")
  }

  func testColonWithoutSpaceStaysInScalar() {
    XCTAssertEqual(
      shapeOf("url: http://school.ru/a?b=1\ntime: 10:00\n"),
      #"{url: "http://school.ru/a?b=1", time: "10:00"}"#)
  }

  func testHashWithoutSpaceIsText() {
    XCTAssertEqual(shapeOf("язык: C# и F#  # комментарий\n"), #"{язык: "C# и F#"}"#)
  }

  func testTheCommentThatCutAPlainScalarIsKept() {
    let value = parseOrFail(
      "title: Урок № 5 #дроби  \nцель: научить\n  складывать # дроби\nb: 1 # число\nc: \"x\" # q\nd: e\n"
    )
    XCTAssertEqual(value["title"]?.string, "Урок № 5")
    XCTAssertEqual(value["title"]?.comment, "#дроби")
    XCTAssertEqual(value["цель"]?.string, "научить складывать")
    XCTAssertEqual(value["цель"]?.comment, "# дроби")
    XCTAssertEqual(value["b"]?.comment, "# число")
    XCTAssertNil(value["c"]?.comment)
    XCTAssertNil(value["d"]?.comment)
    // Not part of equality: the same value with or without the note.
    var plain = value["title"]!
    plain.comment = nil
    XCTAssertEqual(plain, value["title"])
  }

  func testMappingValueOnSameLineIsAnError() {
    assertYAMLError(
      "title: Урок: дроби\n", line: 1, column: 12,
      "mapping values are not allowed here: quote the value if it contains ': '")
  }

  func testMultiLinePlainScalarFolds() {
    let value = parseOrFail(
      "цель: научить складывать\n  дроби с разными\n\n  знаменателями\nb: 1\n")
    XCTAssertEqual(value["цель"]?.string, "научить складывать дроби с разными\nзнаменателями")
    XCTAssertEqual(value["b"]?.int, 1)
  }

  func testMultiLinePlainScalarInList() {
    XCTAssertEqual(shapeOf("- первый\n  пункт\n- второй\n"), #"["первый пункт", "второй"]"#)
  }

  func testKeyInContinuationLineIsAnError() {
    assertYAMLError(
      "title: Урок\n  date: 2024-01-01\n", line: 2, column: 7,
      "mapping values are not allowed here: align this key with the key above, or quote the value if it contains ': '"
    )
  }

  func testCommentEndsPlainScalar() {
    assertYAMLError(
      "a: one # note\n  two\n", line: 2, column: 3,
      "bad indentation: expected this line at column 1, in line with the key 'a' on line 1")
  }

  func testPlainScalarsAreTyped() {
    XCTAssertEqual(
      shapeOf("a: 5\nb: -2.5\nc: true\nd: ~\ne: 2024-03-01\nf: 5 уроков\n"),
      #"{a: 5, b: -2.5d, c: true, d: null, e: @2024-03-01, f: "5 уроков"}"#)
  }

  func testTypedScalarKeepsSourceText() {
    let value = parseOrFail("класс: 05\n")
    XCTAssertEqual(value["класс"]?.int, 5)
    XCTAssertEqual(value["класс"]?.sourceText, "05")
    XCTAssertEqual(value["класс"]?.scalarString, "5")
  }

  func testReservedCharactersCannotStartValue() {
    assertYAMLError(
      "a: @user\n", line: 1, column: 4, "'@' cannot start a value: put the value in quotes")
    assertYAMLError(
      "a: `code`\n", line: 1, column: 4, "'`' cannot start a value: put the value in quotes")
    assertYAMLError(
      "a: %50\n", line: 1, column: 4, "'%' cannot start a value: put the value in quotes")
  }

  func testKeysMayContainSpacesAndCyrillic() {
    let value = parseOrFail("Тип урока: открытие новых знаний\n")
    XCTAssertEqual(value.mapping?.keys, ["Тип урока"])
    XCTAssertEqual(value["Тип урока"]?.location, at(1, 12))
  }

  func testDashFollowedByTextIsScalar() {
    XCTAssertEqual(shapeOf("a: -5\nb: -x\nc: a - b\n"), #"{a: -5, b: "-x", c: "a - b"}"#)
  }

  func testMissingKeyIsAnError() {
    assertYAMLError(": value\n", line: 1, column: 1, "missing key before ':': write 'key: value'")
  }

  func testFirstLineWithoutSpaceAfterColonIsNamed() {
    assertYAMLError(
      "title:Урок\ndate: 2024-03-01\n", line: 1, column: 6,
      "expected 'key: value' here: add a space after ':'")
    assertYAMLError(
      "- name:Иванова\n  org: школа\n", line: 1, column: 7,
      "expected 'key: value' here: add a space after ':'")
  }
}
