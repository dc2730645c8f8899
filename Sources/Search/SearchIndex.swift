/// The full-text search index of a site, in the file format of docs/search-index.md.
///
/// Building tokenises and stems the documents in parallel; the files are produced once and
/// are byte-stable (the same documents give the same bytes).
public struct SearchIndex: Sendable {
  /// Sizes and counts of a built index.
  public struct Stats: Sendable, Equatable {
    /// Number of distinct terms.
    public var termCount: Int
    /// Number of term shards.
    public var shardCount: Int
    /// Bytes of all files, `.json` and `.js`.
    public var totalBytes: Int
    /// Bytes of the largest shard `.json` file.
    public var largestShardBytes: Int
    /// Bytes of `search/index.json`.
    public var entryBytes: Int
  }

  /// The JSON of every file by key (`index`, `t/0`, …, `d/0`, …, `f`), in file order.
  private let jsonFiles: [(key: String, json: [UInt8])]

  /// Sizes and counts of this index.
  public let stats: Stats

  /// Indexes `documents`; a document's id is its position in the array.
  public init(documents: [SearchDocument]) {
    self.init(inverted: InvertedIndex(documents: documents), documents: documents)
  }

  /// The index of `documents` (ids are positions), whose words `inverted` holds: only the
  /// fields shown in results and facets are read from `documents`.
  init(inverted: InvertedIndex, documents: [SearchDocument]) {
    let scoring = BM25(lengths: inverted.lengths, weights: documents.map(\.searchWeight))
    let shards = TermShards(
      entries: TermEntries.all(index: inverted, scoring: scoring), index: inverted)
    let facets = Facets(documents: documents)
    let entry = EntryFile.bytes(
      documentCount: documents.count, facets: facets, shardFirstTerms: shards.firstTerms)
    var files = [(key: "index", json: entry)]
    for (number, shard) in shards.files.enumerated() {
      files.append(("t/\(number)", shard))
    }
    for (number, chunk) in DocumentChunks.files(for: documents).enumerated() {
      files.append(("d/\(number)", chunk))
    }
    files.append(("f", facets.file(for: documents)))
    jsonFiles = files
    stats = Stats(
      termCount: inverted.termCount,
      shardCount: shards.files.count,
      totalBytes: files.reduce(0) { $0 + SearchIndexFile.pairBytes(key: $1.key, json: $1.json) },
      largestShardBytes: shards.files.map(\.count).max() ?? 0,
      entryBytes: entry.count)
  }

  /// Every file of the index: entry, term shards, document chunks, facets; each `.json`
  /// followed by its `.js` twin. Paths are relative to the output folder.
  public func files() -> [SearchIndexFile] {
    var all: [SearchIndexFile] = []
    forEachFile { all.append($0) }
    return all
  }

  /// Hands over the files of ``files()`` one at a time, in the same order, making each `.js`
  /// twin only when its turn comes (so a large index is not held twice in memory).
  public func forEachFile(_ body: (SearchIndexFile) -> Void) {
    for (key, json) in jsonFiles {
      for file in SearchIndexFile.pair(key: key, json: json) { body(file) }
    }
  }
}
