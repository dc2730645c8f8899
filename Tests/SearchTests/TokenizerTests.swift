import XCTest

@testable import Search

final class TokenizerTests: XCTestCase {
  func testLowerCasesAndMapsYoToYe() {
    XCTAssertEqual(Tokenizer.words(in: "Ёлка, ЁЖИК и Щёлково!"), ["елка", "ежик", "щелково"])
    XCTAssertEqual(Tokenizer.terms(in: "Ёлки зелёные"), ["елк", "зелен"])
  }

  func testNeverFoldsShortI() {
    XCTAssertEqual(Tokenizer.words(in: "Йод, чай, МАЙ"), ["йод", "чай", "май"])
    XCTAssertEqual(Tokenizer.terms(in: "чайный"), ["чайн"])
  }

  func testDecomposedShortIIsComposed() {
    XCTAssertEqual(Tokenizer.words(in: "и\u{306}од зе\u{308}рна"), ["йод", "зерна"])
  }

  func testHyphenatedWordsGiveWholeAndParts() {
    XCTAssertEqual(
      Tokenizer.words(in: "Научно-практическая конференция"),
      ["научно-практическая", "научно", "практическая", "конференция"])
    XCTAssertEqual(
      Tokenizer.terms(in: "научно-практическая"), ["научно-практическ", "научн", "практическ"])
    XCTAssertEqual(
      Tokenizer.words(in: "северо-западно-сибирский"),
      ["северо-западно-сибирский", "северо", "западно", "сибирский"])
  }

  func testHyphensThatDoNotJoin() {
    XCTAssertEqual(Tokenizer.words(in: "урок--игра"), ["урок", "игра"])
    XCTAssertEqual(Tokenizer.words(in: "-урок- игра -"), ["урок", "игра"])
    XCTAssertEqual(Tokenizer.words(in: "урок – игра"), ["урок", "игра"])
    XCTAssertEqual(Tokenizer.words(in: "т-образный"), ["т-образный", "образный"])
  }

  func testStopWordsAreKeptWholeAndInParts() {
    XCTAssertEqual(
      Tokenizer.words(in: "Кто-то пришёл из-за дождя"),
      ["кто-то", "кто", "то", "пришел", "из-за", "из", "за", "дождя"])
    XCTAssertEqual(
      Tokenizer.words(in: "и в на по это The lessons of"),
      ["на", "по", "это", "the", "lessons", "of"])
  }

  func testDigitsAndOneLetterWords() {
    XCTAssertEqual(
      Tokenizer.words(in: "5 класс, 2024 год, x y z, ² 7а"),
      ["5", "класс", "2024", "год", "²", "7а"])
    XCTAssertEqual(
      Tokenizer.terms(in: "7а 10-й 2023-2024"), ["7а", "10-й", "10", "2023-2024", "2023", "2024"])
  }

  func testKazakhWordsStayUnstemmed() {
    XCTAssertEqual(Tokenizer.words(in: "Қазақстан МЕКТЕБІ Әлем"), ["қазақстан", "мектебі", "әлем"])
    XCTAssertEqual(
      Tokenizer.terms(in: "Қазақстан мектебі оқушылары"), ["қазақстан", "мектебі", "оқушылары"])
    XCTAssertEqual(Tokenizer.terms(in: "Казахстане"), ["казахстан"])
  }

  func testLatinWordsUseTheEnglishStemmer() {
    XCTAssertEqual(
      Tokenizer.terms(in: "Teaching methods for the generous"),
      ["teach", "method", "for", "the", "generous"])
    XCTAssertEqual(Tokenizer.terms(in: "e-learning"), ["e-learn", "learn"])
  }

  func testMixedAndOtherScriptsAreKept() {
    XCTAssertEqual(
      Tokenizer.terms(in: "COVID-19 mp3 café"), ["covid-19", "covid", "19", "mp3", "café"])
    XCTAssertEqual(Tokenizer.terms(in: "ΟΔΟΣ 東京"), ["οδος", "東京"])
    // Any Cyrillic letter sends a word to the Russian stemmer; Latin letters are non-vowels there.
    XCTAssertEqual(Tokenizer.terms(in: "Pascalя Pascalом"), ["pascalя", "pascalом"])
  }

  func testPunctuationAndEmptyText() {
    XCTAssertEqual(Tokenizer.words(in: ""), [])
    XCTAssertEqual(Tokenizer.words(in: "«Урок»: «игра»… (№5)"), ["урок", "игра", "5"])
    XCTAssertEqual(Tokenizer.words(in: "word's"), ["word"])
  }

  func testStopWordList() {
    let words = Tokenizer.stopWords
    XCTAssertEqual(words, words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    XCTAssertEqual(Set(words).count, words.count)
    XCTAssertTrue(words.contains("и") && words.contains("the") && words.contains("из-за"))
    XCTAssertFalse(words.contains { $0.contains("ё") || $0 != $0.lowercased() })
    XCTAssertEqual(StopWords.russian.count, 259)
    XCTAssertEqual(StopWords.english.count, 179)
  }
}
