import XCTest

@testable import Search

/// Sizes a one-word query downloads from the index of a 10,000-page site.
final class SearchIndexSizeTests: XCTestCase {
  func testOneWordQueryOnTenThousandDocumentsStaysUnder150KB() throws {
    let vocabulary = SyntheticCorpus.vocabulary(size: 60_000)
    let documents = SyntheticCorpus.documents(
      count: 10_000, wordsPerBody: 60, vocabularySize: 60_000)
    let index = SearchIndex(documents: documents)
    let reader = try IndexReader(index)
    let entryBytes = try XCTUnwrap(reader.files["search/index.json"]).count
    XCTAssertEqual(entryBytes, index.stats.entryBytes)
    // A term with its 2,000 best postings (about 16 KB) gets a shard of its own.
    XCTAssertLessThanOrEqual(index.stats.largestShardBytes, 24 * 1024)

    // "урок" is in about 70 % of the documents; the first vocabulary word is the most common.
    let frequentTerms = ["урок", try XCTUnwrap(Tokenizer.terms(in: vocabulary[0]).first)]
    for term in frequentTerms {
      let postings = try XCTUnwrap(reader.postings(of: term))
      XCTAssertEqual(postings.count, TermEntries.maximumPostings, term)
      let shardNumber = try XCTUnwrap(reader.shardNumber(for: term))
      let shardBytes = try XCTUnwrap(reader.files["search/t/\(shardNumber).json"]).count
      let best = postings.sorted {
        $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document
      }.prefix(10)
      let chunks = Set(best.map { $0.document / DocumentChunks.chunkSize })
      let chunkBytes = try chunks.map { try XCTUnwrap(reader.files["search/d/\($0).json"]).count }
        .reduce(0, +)
      let total = entryBytes + shardBytes + chunkBytes
      print(
        "one-word query '\(term)': entry \(entryBytes) + shard \(shardBytes) + \(chunks.count) "
          + "chunks \(chunkBytes) = \(total) bytes (\(index.stats))")
      XCTAssertLessThanOrEqual(total, 150 * 1024)
    }
  }
}
