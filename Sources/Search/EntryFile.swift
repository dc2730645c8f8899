/// The entry file `search/index.json`.
enum EntryFile {
  /// Format version.
  static let version = 1

  /// `{"chunk":…,"count":…,"facets":{…},"shards":[…],"stopwords":[…],"version":1}`.
  static func bytes(documentCount: Int, facets: Facets, shardFirstTerms: [String]) -> [UInt8] {
    var writer = JSONWriter(capacity: 8192 + shardFirstTerms.count * 16)
    writer.byte(0x7B)
    writer.key("chunk")
    writer.integer(DocumentChunks.chunkSize)
    writer.raw(",")
    writer.key("count")
    writer.integer(documentCount)
    writer.raw(",")
    writer.key("facets")
    writer.raw("{")
    writer.key("grade")
    writer.integers(facets.grades)
    writer.raw(",")
    writer.key("kind")
    writer.strings(facets.kinds)
    writer.raw(",")
    writer.key("level")
    writer.strings(facets.levels)
    writer.raw(",")
    writer.key("subject")
    writer.strings(facets.subjects)
    for facet in facets.named {
      writer.raw(",")
      writer.string(facet.name)
      writer.raw(":")
      writer.strings(facet.values)
    }
    writer.raw("},")
    writer.key("shards")
    writer.strings(shardFirstTerms)
    writer.raw(",")
    writer.key("stopwords")
    writer.strings(Tokenizer.stopWords)
    writer.raw(",")
    writer.key("version")
    writer.integer(version)
    writer.byte(0x7D)
    return writer.bytes
  }
}
