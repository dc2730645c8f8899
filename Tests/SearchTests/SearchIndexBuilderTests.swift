import Dispatch
import XCTest

@testable import Search

final class SearchIndexBuilderTests: XCTestCase {
  func testDocumentsAddedFromManyThreadsGiveTheSameFilesAsAllAtOnce() {
    let documents = SyntheticCorpus.documents(count: 300, wordsPerBody: 120)
    let builder = SearchIndexBuilder()
    DispatchQueue.concurrentPerform(iterations: documents.count) { id in
      builder.add(documents[id], id: id)
    }
    let withoutText = documents.map { document in
      var copy = document
      copy.body = ""
      copy.headings = []
      return copy
    }
    let streamed = builder.build(documents: withoutText).files()
    let whole = SearchIndex(documents: documents).files()
    XCTAssertEqual(streamed.map(\.path), whole.map(\.path))
    for (left, right) in zip(streamed, whole) {
      XCTAssertEqual(left.bytes, right.bytes, left.path)
    }
    XCTAssertGreaterThan(whole.count, 8)
  }

  func testAnIdNeverAddedIsADocumentWithoutWords() throws {
    let documents = [
      document("a/", title: "Дроби", body: "Сложение дробей."),
      document("b/", title: "Кристаллы", body: "Выращиваем кристаллы соли."),
      document("c/", title: "Дроби снова", body: "Вычитание дробей."),
    ]
    let builder = SearchIndexBuilder()
    builder.add(documents[0], id: 0)
    builder.add(documents[2], id: 2)
    let reader = try IndexReader(builder.build(documents: documents))
    XCTAssertEqual(reader.entry["count"] as? Int, 3)
    let crystal = try XCTUnwrap(Tokenizer.terms(in: "кристаллы").first)
    XCTAssertNil(try reader.postings(of: crystal))
    let fraction = try XCTUnwrap(Tokenizer.terms(in: "дроби").first)
    XCTAssertEqual(try reader.postings(of: fraction)?.map(\.document), [0, 2])
  }
}
