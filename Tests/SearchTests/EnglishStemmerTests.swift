import XCTest

@testable import Search

final class EnglishStemmerTests: XCTestCase {
  func testEveryReferenceWordStemsAsSnowball() throws {
    let vocabulary = try SnowballVocabulary(language: "english")
    XCTAssertEqual(vocabulary.pairs.count, 42_649)
    let mismatches = vocabulary.mismatches(stem: EnglishStemmer.stem)
    let matched = vocabulary.pairs.count - mismatches.count
    print("snowball english: \(matched)/\(vocabulary.pairs.count) matched")
    XCTAssertEqual(
      mismatches.count, 0, "first mismatches:\n" + mismatches.prefix(20).joined(separator: "\n"))
  }

  func testSampleWords() {
    XCTAssertEqual(EnglishStemmer.stem("generously"), "generous")
    XCTAssertEqual(EnglishStemmer.stem("dying"), "die")
    XCTAssertEqual(EnglishStemmer.stem("hopping"), "hop")
    XCTAssertEqual(EnglishStemmer.stem("hoped"), "hope")
    XCTAssertEqual(EnglishStemmer.stem("skies"), "sky")
    XCTAssertEqual(EnglishStemmer.stem("lessons"), "lesson")
  }

  func testShortWordsStayAsTheyAre() {
    XCTAssertEqual(EnglishStemmer.stem(""), "")
    XCTAssertEqual(EnglishStemmer.stem("is"), "is")
    XCTAssertEqual(EnglishStemmer.stem("'"), "'")
  }
}
