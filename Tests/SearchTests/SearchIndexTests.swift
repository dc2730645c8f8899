import Foundation
import XCTest

@testable import Search

final class SearchIndexTests: XCTestCase {
  private let sample = [
    document(
      "lessons/slozhenie-drobey/", title: "Сложение дробей",
      body: "Складываем дроби с разными знаменателями.",
      kind: "lesson", date: "2024-03-01", summary: "Урок о сложении дробей.", subject: "математика",
      grades: [6, 5], tags: ["дроби"], headings: ["Ход урока"]),
    document("about/", title: "О нас", body: "Методическое объединение учителей."),
    document(
      "seminars/vebinar/", title: "Вебинар", body: "Обсуждали дроби и задачи олимпиады.",
      kind: "seminar", subject: "информатика", grades: [11]),
  ]

  func testFileSetInOrder() {
    let paths = SearchIndex(documents: sample).files().map(\.path)
    XCTAssertEqual(
      paths,
      [
        "search/index.json", "search/index.js", "search/t/0.json", "search/t/0.js",
        "search/d/0.json", "search/d/0.js", "search/f.json", "search/f.js",
      ])
  }

  func testEntryFile() throws {
    let reader = try IndexReader(SearchIndex(documents: sample))
    XCTAssertEqual(reader.entry["version"] as? Int, 1)
    XCTAssertEqual(reader.entry["count"] as? Int, 3)
    XCTAssertEqual(reader.entry["chunk"] as? Int, 4)
    XCTAssertEqual(reader.entry["stopwords"] as? [String], Tokenizer.stopWords)
    let allText = sample.flatMap { [$0.title, $0.body, $0.subject ?? ""] + $0.tags + $0.headings }
    let smallest = allText.flatMap(Tokenizer.terms).min {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    XCTAssertEqual(reader.shardStarts, [try XCTUnwrap(smallest)])
    let facets = try XCTUnwrap(reader.entry["facets"] as? [String: Any])
    XCTAssertEqual(facets["kind"] as? [String], ["lesson", "page", "seminar"])
    XCTAssertEqual(facets["subject"] as? [String], ["информатика", "математика"])
    XCTAssertEqual(facets["grade"] as? [Int], [5, 6, 11])
    XCTAssertEqual(
      Set((reader.entry).keys), ["chunk", "count", "facets", "shards", "stopwords", "version"])
  }

  func testDocumentChunkBytes() throws {
    let reader = try IndexReader(SearchIndex(documents: sample))
    let chunk = String(decoding: try XCTUnwrap(reader.files["search/d/0.json"]), as: UTF8.self)
    XCTAssertEqual(
      chunk,
      #"[{"d":"2024-03-01","g":[5,6],"j":"математика","k":"lesson","s":"Урок о сложении дробей.","#
        + #""t":"Сложение дробей","tags":["дроби"],"u":"lessons/slozhenie-drobey/"},"#
        + #"{"k":"page","s":"","t":"О нас","u":"about/"},"#
        + #"{"g":[11],"j":"информатика","k":"seminar","s":"","t":"Вебинар","u":"seminars/vebinar/"}]"#
    )
  }

  func testFacetFileBytes() throws {
    let reader = try IndexReader(SearchIndex(documents: sample))
    let facets = String(decoding: try XCTUnwrap(reader.files["search/f.json"]), as: UTF8.self)
    XCTAssertEqual(facets, #"{"g":[96,0,2048],"j":[1,-1,0],"k":[0,1,2],"l":[-1,-1,-1]}"#)
  }

  func testKnownTermPointsToItsDocuments() throws {
    let reader = try IndexReader(SearchIndex(documents: sample))
    let postings = try XCTUnwrap(reader.postings(of: "дроб"))
    XCTAssertEqual(postings.map(\.document), [0, 2])
    XCTAssertEqual(postings.map(\.inTitle), [2, 0], "the size of the title «Сложение дробей»")
    XCTAssertEqual(try reader.postings(of: "нас")?.map(\.document), [1], "stop words are indexed")
    XCTAssertEqual(try reader.postings(of: "методическ")?.map(\.document), [1])
  }

  func testDocumentDeltasAreDifferencesOfAscendingIds() throws {
    var documents = (0..<10).map { document("p\($0)/", title: "Страница \($0)") }
    for id in [3, 7, 8] { documents[id].body = "гербарий" }
    let reader = try IndexReader(SearchIndex(documents: documents))
    let shard = try XCTUnwrap(
      try reader.json("t/\(try XCTUnwrap(reader.shardNumber(for: "гербар")))") as? [String: [Int]])
    let flat = try XCTUnwrap(shard["гербар"])
    XCTAssertEqual(stride(from: 0, to: flat.count, by: 3).map { flat[$0] }, [3, 4, 1])
    XCTAssertEqual(IndexReader.decode(flat).map(\.document), [3, 7, 8])
    XCTAssertEqual(IndexReader.decode(flat).map(\.inTitle), [0, 0, 0])
  }

  func testTitleMatchOutscoresBodyMatch() throws {
    let documents = [
      document("a/", title: "Задачи", body: "Геометрия для всех"),
      document("b/", title: "Геометрия", body: "Задачи для всех"),
    ]
    let reader = try IndexReader(SearchIndex(documents: documents))
    let postings = try XCTUnwrap(reader.postings(of: "геометр"))
    XCTAssertEqual(postings.map(\.document), [0, 1])
    XCTAssertEqual(postings.map(\.inTitle), [0, 1])
    XCTAssertGreaterThan(postings[1].score, postings[0].score)
  }

  func testScoresFollowBM25() throws {
    let documents = [
      document("a/", title: "Алгебра", body: "уравнение"),
      document("b/", title: "Геометрия", body: "треугольник"),
    ]
    let reader = try IndexReader(SearchIndex(documents: documents))
    // Every document has weighted length 6 (title 5 + body 1), so dl/avgdl = 1.
    // title term: tf 5, df 1, N 2: idf = ln(1 + 1.5/1.5) = ln 2; 2.2·5/(5+1.2) · ln 2 · 100.
    let title = (log(2.0) * 5 * 2.2 / (5 + 1.2) * 100).rounded()
    let body = (log(2.0) * 1 * 2.2 / (1 + 1.2) * 100).rounded()
    XCTAssertEqual(
      try reader.postings(of: "алгебр"), [.init(document: 0, score: Int(title), inTitle: 1)])
    XCTAssertEqual(
      try reader.postings(of: "уравнен"), [.init(document: 0, score: Int(body), inTitle: 0)])
    XCTAssertEqual(Int(title), 123)
    XCTAssertEqual(Int(body), 69)
  }

  func testPostingsTruncatedToTheBest2000() throws {
    // Of the first 2,500 documents every fifth has the term only in its body, the other 2,000
    // in the title; 2,500 more documents do not have it (so that its idf is not near zero).
    let documents = (0..<5_000).map { id in
      id >= 2_500
        ? document("p\(id)/", title: "Другое", body: "прочее")
        : id % 5 == 0
          ? document("p\(id)/", title: "Текст", body: "олимпиада")
          : document("p\(id)/", title: "Олимпиада", body: "текст")
    }
    let reader = try IndexReader(SearchIndex(documents: documents))
    let postings = try XCTUnwrap(reader.postings(of: "олимпиад"))
    XCTAssertEqual(postings.count, 2_000)
    XCTAssertTrue(postings.map(\.document) == (0..<2_500).filter { $0 % 5 != 0 })
    XCTAssertTrue(postings.allSatisfy { $0.inTitle == 1 })
    // "текст": 500 title matches, then the 1,500 body matches with the lowest ids (equal scores).
    let text = try XCTUnwrap(reader.postings(of: "текст"))
    let bodyOnly = (0..<2_500).filter { $0 % 5 != 0 }.prefix(1_500)
    XCTAssertTrue(text.map(\.document) == ((0..<2_500).filter { $0 % 5 == 0 } + bodyOnly).sorted())
    XCTAssertEqual(Set(text.filter { $0.inTitle == 1 }.map(\.score)).count, 1)
    XCTAssertGreaterThan(
      text.first { $0.inTitle == 1 }?.score ?? 0, text.first { $0.inTitle == 0 }?.score ?? 0)
  }

  func testTwoBuildsAreByteIdentical() {
    let documents = SyntheticCorpus.documents(count: 300, wordsPerBody: 40)
    let first = SearchIndex(documents: documents).files()
    let second = SearchIndex(documents: documents).files()
    XCTAssertEqual(first.map(\.path), second.map(\.path))
    XCTAssertTrue(first == second)
  }

  func testShardsAreBoundedOrderedAndComplete() throws {
    let documents = SyntheticCorpus.documents(count: 1_000, wordsPerBody: 40)
    let index = SearchIndex(documents: documents)
    let reader = try IndexReader(index)
    let starts = reader.shardStarts
    XCTAssertGreaterThan(starts.count, 3)
    XCTAssertEqual(starts.count, index.stats.shardCount)
    var allTerms: [String] = []
    for (number, start) in starts.enumerated() {
      let bytes = try XCTUnwrap(reader.files["search/t/\(number).json"])
      let shard = try XCTUnwrap(try reader.json("t/\(number)") as? [String: [Int]])
      XCTAssertTrue(
        bytes.count <= TermShards.maximumBytes || shard.count == 1,
        "shard \(number): \(bytes.count) bytes")
      let terms = shard.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      XCTAssertEqual(terms.first, start)
      if number + 1 < starts.count {
        XCTAssertTrue(
          terms.allSatisfy { $0.utf8.lexicographicallyPrecedes(starts[number + 1].utf8) })
      }
      allTerms += terms
    }
    XCTAssertEqual(allTerms.count, index.stats.termCount)
    XCTAssertEqual(allTerms, allTerms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    XCTAssertEqual(Set(allTerms).count, allTerms.count)
    XCTAssertEqual(
      index.stats.largestShardBytes,
      (0..<starts.count).compactMap { reader.files["search/t/\($0).json"]?.count }.max())
  }

  func testScriptTwinsWrapTheJSONExactly() throws {
    let files = SearchIndex(documents: SyntheticCorpus.documents(count: 100, wordsPerBody: 40))
      .files()
    let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    let jsonPaths = files.map(\.path).filter { $0.hasSuffix(".json") }
    XCTAssertEqual(files.count, jsonPaths.count * 2)
    for path in jsonPaths {
      let key = String(path.dropFirst("search/".count).dropLast(".json".count))
      let script = try XCTUnwrap(byPath[String(path.dropLast(5)) + ".js"])
      let expected =
        Array("pednetSearchLoaded(\"\(key)\", ".utf8) + (byPath[path] ?? []) + Array(");\n".utf8)
      XCTAssertEqual(script, expected, path)
    }
  }

  func testEscapedTextRoundTrips() throws {
    let title = "Кавычки \" и \\ обратная\nчерта\u{2028}конец\u{1}"
    let reader = try IndexReader(
      SearchIndex(documents: [document("a/b c/", title: title, tags: ["тег/1"])]))
    let chunk = try XCTUnwrap(try reader.json("d/0") as? [[String: Any]])
    XCTAssertEqual(chunk.first?["t"] as? String, title)
    XCTAssertEqual(chunk.first?["u"] as? String, "a/b c/")
    XCTAssertEqual(chunk.first?["tags"] as? [String], ["тег/1"])
    let bytes = String(decoding: try XCTUnwrap(reader.files["search/d/0.json"]), as: UTF8.self)
    XCTAssertTrue(bytes.contains(#"\u2028"#))
    XCTAssertTrue(bytes.contains(#""тег/1""#))
  }

  func testEmptyIndex() throws {
    let index = SearchIndex(documents: [])
    XCTAssertEqual(
      index.files().map(\.path),
      ["search/index.json", "search/index.js", "search/f.json", "search/f.js"])
    let reader = try IndexReader(index)
    XCTAssertEqual(reader.entry["count"] as? Int, 0)
    XCTAssertEqual(reader.shardStarts, [])
    XCTAssertEqual(
      String(decoding: try XCTUnwrap(reader.files["search/f.json"]), as: UTF8.self),
      #"{"g":[],"j":[],"k":[],"l":[]}"#)
    XCTAssertEqual(
      index.stats,
      SearchIndex.Stats(
        termCount: 0, shardCount: 0, totalBytes: index.files().reduce(0) { $0 + $1.bytes.count },
        largestShardBytes: 0, entryBytes: reader.files["search/index.json"]?.count ?? -1))
  }
}
