import XCTest

@testable import Search

final class RussianStemmerTests: XCTestCase {
  func testEveryReferenceWordStemsAsSnowball() throws {
    let vocabulary = try SnowballVocabulary(language: "russian")
    XCTAssertEqual(vocabulary.pairs.count, 49_785)
    let mismatches = vocabulary.mismatches(stem: RussianStemmer.stem)
    let matched = vocabulary.pairs.count - mismatches.count
    print("snowball russian: \(matched)/\(vocabulary.pairs.count) matched")
    XCTAssertEqual(
      mismatches.count, 0, "first mismatches:\n" + mismatches.prefix(20).joined(separator: "\n"))
  }

  func testSampleWords() {
    XCTAssertEqual(RussianStemmer.stem("уроков"), "урок")
    XCTAssertEqual(RussianStemmer.stem("урока"), "урок")
    XCTAssertEqual(RussianStemmer.stem("важнейшими"), "важн")
    XCTAssertEqual(RussianStemmer.stem("ёлки"), "елк")
    XCTAssertEqual(RussianStemmer.stem("дробей"), "дроб")
  }

  func testWordsWithoutVowelsAndEmptyInput() {
    XCTAssertEqual(RussianStemmer.stem(""), "")
    XCTAssertEqual(RussianStemmer.stem("вк"), "вк")
    XCTAssertEqual(RussianStemmer.stem("5-й"), "5-й")
  }
}
