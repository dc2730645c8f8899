import FrontMatter
import XCTest

@testable import Site

/// Values written as people write them: what is read and what is not.
final class LooseValueTests: XCTestCase {
  func testDates() {
    XCTAssertEqual(LooseValue.date("15.11.2024")?.isoDay, "2024-11-15")
    XCTAssertEqual(LooseValue.date("5.3.2024")?.isoDay, "2024-03-05")
    XCTAssertEqual(LooseValue.date("15 ноября 2024")?.isoDay, "2024-11-15")
    XCTAssertEqual(LooseValue.date("15 ноября 2024 г.")?.isoDay, "2024-11-15")
    XCTAssertEqual(LooseValue.date("1 мая 2025")?.isoDay, "2025-05-01")
    XCTAssertEqual(LooseValue.date("3 Сентябрь 2024")?.isoDay, "2024-09-03")
    XCTAssertEqual(LooseValue.date("15 қараша 2024")?.isoDay, "2024-11-15")
    for wrong in [
      "31.02.2024", "15.11.24", "2024.11.15", "15 нояб 2024x", "15 ноябрьская 2024", "15 ночь 2024",
      "завтра",
      "15 марша 2024", "11/15/2024", "",
    ] {
      XCTAssertNil(LooseValue.date(wrong), wrong)
    }
  }

  func testMonthNamesNeedTheirOwnWord() {
    XCTAssertEqual(LooseValue.month(named: "марта"), 3)
    XCTAssertEqual(LooseValue.month(named: "МАРТ"), 3)
    XCTAssertNil(LooseValue.month(named: "маршрута"))
    XCTAssertNil(LooseValue.month(named: "ма"))
    XCTAssertEqual(LooseValue.month(named: "нояб."), 11)
  }

  func testLeadingNumbers() {
    XCTAssertEqual(LooseValue.leadingNumber("45 минут"), 45)
    XCTAssertEqual(LooseValue.leadingNumber("90 мин."), 90)
    XCTAssertNil(LooseValue.leadingNumber("45-50 минут"))
    XCTAssertNil(LooseValue.leadingNumber("около 45"))
    XCTAssertNil(LooseValue.leadingNumber("45"))
    XCTAssertNil(LooseValue.leadingNumber("45 минут 2"))
  }

  func testCommaLists() {
    XCTAssertEqual(
      LooseValue.commaList("дроби, ФГОС, открытый урок"), ["дроби", "ФГОС", "открытый урок"])
    XCTAssertNil(LooseValue.commaList("дроби"))
    XCTAssertNil(LooseValue.commaList("дроби,"))
    XCTAssertEqual(LooseValue.flowList(["a", "C#", "b: c"]), "[a, \"C#\", \"b: c\"]")
  }
}

/// The warnings ``FieldReader`` gives where it reads what was meant (issue 16).
final class FieldReaderLooseTests: XCTestCase {
  private func read(_ yaml: String, _ body: (FieldReader, YAMLMapping) -> Void) -> [String] {
    let bag = DiagnosticBag()
    let reader = FieldReader(path: "content/lessons/a.md", diagnostics: bag)
    let mapping = (try? FrontMatter.parseYAML(yaml, firstLine: 2))?.mapping ?? YAMLMapping()
    body(reader, mapping)
    return bag.sorted.map(\.description)
  }

  func testCommentCutFromTextIsAWarningWithTheQuotedLine() {
    var title: String?
    let messages = read("title: Урок № 5 #дроби\n") {
      title = $0.string($1["title"], named: "title")
    }
    XCTAssertEqual(title, "Урок № 5")
    XCTAssertEqual(
      messages,
      [
        "content/lessons/a.md:2:8: warning: in 'title' the text from ' #' on was read as a YAML comment and left out: kept «Урок № 5», left out «#дроби»; if it belongs to the value, put the whole value in quotes: title: \"Урок № 5 #дроби\""
      ])
    XCTAssertEqual(read("draft: true #пока\n") { _ = $0.bool($1["draft"], named: "draft") }, [])
    XCTAssertEqual(
      read("level: очно # очно или онлайн\n") { _ = $0.string($1["level"], named: "level") }, [])
  }

  func testCommaTagsAreSplitWithAWarning() {
    var tags: [String] = []
    let messages = read("tags: дроби, ФГОС, открытый урок\n") {
      tags = $0.strings($1["tags"], named: "tags", splitsCommas: true)
    }
    XCTAssertEqual(tags, ["дроби", "ФГОС", "открытый урок"])
    XCTAssertEqual(
      messages,
      [
        "content/lessons/a.md:2:7: warning: 'tags' is one text with commas; it was read as 3 items, but write it as a list in square brackets: tags: [дроби, ФГОС, открытый урок]"
      ])
    var goals: [String] = []
    XCTAssertEqual(
      read("goals: научить складывать, вычитать\n") {
        goals = $0.strings($1["goals"], named: "goals")
      },
      [])
    XCTAssertEqual(goals, ["научить складывать, вычитать"])
  }

  func testDatesAndNumbersWithWords() {
    var date: YAMLDate?
    var duration: Int?
    var grades: [Int] = []
    let messages = read("date: 15.11.2024\nduration: 45 минут\ngrade: 5-7 классы\n") {
      date = $0.date($1["date"], named: "date")
      duration = $0.int($1["duration"], named: "duration", in: 1...1440)
      grades = GradeList.read($1["grade"], named: "grade", reader: $0)
    }
    XCTAssertEqual(date?.isoDay, "2024-11-15")
    XCTAssertEqual(duration, 45)
    XCTAssertEqual(grades, [5, 6, 7])
    XCTAssertEqual(
      messages,
      [
        "content/lessons/a.md:2:7: warning: 'date' is written '15.11.2024'; it was read as 2024-11-15, but write dates year-month-day so that every tool reads them: date: 2024-11-15",
        "content/lessons/a.md:3:11: warning: 'duration' is a number, so the words after it are left out: read '45 минут' as 45; write only the number: duration: 45",
        "content/lessons/a.md:4:8: warning: 'grade' is a grade, so the words after it are left out: read '5-7 классы' as 5-7; write only the grade: grade: 5-7",
      ])
    XCTAssertEqual(
      read("date: 31.02.2024\n") { _ = $0.date($1["date"], named: "date") },
      [
        "content/lessons/a.md:2:7: error: 'date' must be a date written YYYY-MM-DD (2024-03-15), not '31.02.2024'"
      ])
  }
}
