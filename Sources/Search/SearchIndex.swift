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

  private let builtFiles: [SearchIndexFile]

  /// Sizes and counts of this index.
  public let stats: Stats

  /// Indexes `documents`; a document's id is its position in the array.
  public init(documents: [SearchDocument]) {
    self.init(inverted: InvertedIndex(documents: documents), documents: documents)
  }

  /// The index of `documents` (ids are positions), whose words `inverted` holds: only the
  /// fields shown in results and facets are read from `documents`.
  init(inverted: InvertedIndex, documents: [SearchDocument]) {
    let scoring = BM25(lengths: inverted.lengths)
    let shards = TermShards(
      entries: TermEntries.all(index: inverted, scoring: scoring), index: inverted)
    let facets = Facets(documents: documents)
    let entry = EntryFile.bytes(
      documentCount: documents.count, facets: facets, shardFirstTerms: shards.firstTerms)
    var files = SearchIndexFile.pair(key: "index", json: entry)
    for (number, shard) in shards.files.enumerated() {
      files += SearchIndexFile.pair(key: "t/\(number)", json: shard)
    }
    for (number, chunk) in DocumentChunks.files(for: documents).enumerated() {
      files += SearchIndexFile.pair(key: "d/\(number)", json: chunk)
    }
    files += SearchIndexFile.pair(key: "f", json: facets.file(for: documents))
    builtFiles = files
    stats = Stats(
      termCount: inverted.termCount,
      shardCount: shards.files.count,
      totalBytes: files.reduce(0) { $0 + $1.bytes.count },
      largestShardBytes: shards.files.map(\.count).max() ?? 0,
      entryBytes: entry.count)
  }

  /// Every file of the index: entry, term shards, document chunks, facets; each `.json`
  /// followed by its `.js` twin. Paths are relative to the output folder.
  public func files() -> [SearchIndexFile] {
    builtFiles
  }
}
