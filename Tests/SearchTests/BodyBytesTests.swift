import XCTest

@testable import Search

final class BodyBytesTests: XCTestCase {
  /// Text with capitals, `ё`, hyphens, digits, English, Greek sigma and a decomposed `й`.
  private static let mixedText =
    "Ёлка и ЁЖ-ЁЖИК: Сложение-Вычитание 12-й урок; Running TESTS, ΟΔΟΣ. Краи\u{0306} x-y"

  private static func documents() -> [SearchDocument] {
    SyntheticCorpus.documents(count: 120, wordsPerBody: 80).enumerated().map { id, document in
      var copy = document
      if id % 3 == 0 { copy.body += " " + mixedText }
      return copy
    }
  }

  private static func files(bodiesAsBytes documents: [SearchDocument]) -> [SearchIndexFile] {
    let builder = SearchIndexBuilder()
    for (id, document) in documents.enumerated() {
      var copy = document
      copy.bodyUTF8 = Array(document.body.utf8)
      copy.body = ""
      builder.add(copy, id: id)
    }
    return builder.build(documents: documents).files()
  }

  private func assertSameFiles(
    _ left: [SearchIndexFile], _ right: [SearchIndexFile], line: UInt = #line
  ) {
    XCTAssertEqual(left.map(\.path), right.map(\.path), line: line)
    for (leftFile, rightFile) in zip(left, right) {
      XCTAssertEqual(leftFile.bytes, rightFile.bytes, leftFile.path, line: line)
    }
  }

  func testBodiesGivenAsBytesGiveTheSameFilesAsStrings() {
    let documents = Self.documents()
    let fromStrings = SearchIndex(documents: documents).files()
    assertSameFiles(Self.files(bodiesAsBytes: documents), fromStrings)
    XCTAssertGreaterThan(fromStrings.count, 4)
  }

  func testTheBytesInitializerKeepsTheBytesAndAnEmptyBody() {
    let document = SearchDocument(
      url: "a/", title: "Дроби", kind: "lesson", date: nil, summary: "", subject: nil,
      grades: [], tags: [], headings: [], bodyUTF8: Array("Сложение дробей".utf8))
    XCTAssertEqual(document.body, "")
    XCTAssertEqual(document.bodyUTF8, Array("Сложение дробей".utf8))
  }

  func testInvalidUTF8SeparatesWordsLikeReplacementCharacters() {
    var bytes = Array("Дроби".utf8) + [0xFF] + Array("кристаллы-".utf8) + [0xC0, 0x80]
    bytes += Array("урок".utf8) + [0xE0, 0x81, 0x81] + Array("соли-".utf8) + [0xED, 0xA0, 0x80]
    bytes += Array("опыт".utf8) + [0xF4, 0x90, 0x80, 0x80, 0xD0]
    let text = String(decoding: bytes, as: UTF8.self)
    let documents = [
      SearchDocument(
        url: "a/", title: "Опыт", kind: "lesson", date: nil, summary: "", subject: nil,
        grades: [], tags: [], headings: [], body: text)
    ]
    assertSameFiles(Self.files(bodiesAsBytes: documents), SearchIndex(documents: documents).files())
    XCTAssertEqual(
      Tokenizer.terms(in: text), Tokenizer.terms(in: "Дроби кристаллы урок соли опыт"))
  }
}
