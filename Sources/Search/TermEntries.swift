/// Term-shard members `"term":[docDelta,score,inTitle,…]`, encoded back to back.
struct TermEntries: Sendable {
  /// A term keeps at most this many postings (its best-scoring ones).
  static let maximumPostings = 2_000

  /// The encoded members.
  var bytes: [UInt8] = []
  /// End offset in `bytes` of each member.
  var ends: [Int] = []

  /// Encodes the terms of ranks `ranks`.
  init(index: InvertedIndex, ranks: Range<Int>, scoring: BM25) {
    var writer = JSONWriter(capacity: 4096)
    var scores: [Int] = []
    var kept: [Int] = []
    var scratch: [Int] = []
    for rank in ranks {
      let postings = index.starts[rank]..<index.starts[rank + 1]
      let idf = scoring.idf(documentFrequency: postings.count)
      scores.removeAll(keepingCapacity: true)
      for posting in postings {
        let document = Int(index.documents[posting])
        scores.append(
          scoring.score(
            frequency: index.frequencies[posting], length: index.lengths[document], idf: idf))
      }
      PostingSelection.best(Self.maximumPostings, of: scores, into: &kept, scratch: &scratch)
      index.term(rank).withUnsafeBufferPointer { writer.string(utf8: $0) }
      writer.raw(":[")
      var previous = 0
      for (position, offset) in kept.enumerated() {
        let posting = postings.lowerBound + offset
        let document = Int(index.documents[posting])
        if position > 0 { writer.byte(0x2C) }
        writer.integers(document - previous, scores[offset], Int(index.inTitle[posting]))
        previous = document
      }
      writer.byte(0x5D)
      ends.append(writer.count)
    }
    bytes = writer.bytes
  }

  /// Encodes every term, in parallel slices, in rank order.
  static func all(index: InvertedIndex, scoring: BM25) -> [TermEntries] {
    let count = index.termCount
    let sliceCount = min(count, Parallel.workerCount * 8)
    return Parallel.map(count: sliceCount) { slice in
      let lower = count * slice / sliceCount
      let upper = count * (slice + 1) / sliceCount
      return TermEntries(index: index, ranks: lower..<upper, scoring: scoring)
    }
  }
}
