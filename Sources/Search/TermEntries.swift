import Text

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
    index.documents.withUnsafeBufferPointer { documents in
      index.frequencies.withUnsafeBufferPointer { frequencies in
        index.lengths.withUnsafeBufferPointer { lengths in
          index.inTitle.withUnsafeBufferPointer { inTitle in
            let postings = PostingColumns(
              documents: documents, frequencies: frequencies, lengths: lengths, inTitle: inTitle)
            encode(index: index, ranks: ranks, postings: postings, scoring: scoring, into: &writer)
          }
        }
      }
    }
    bytes = writer.bytes
  }

  /// The index's posting arrays, taken once for a whole slice of terms.
  private struct PostingColumns {
    let documents: UnsafeBufferPointer<Int32>
    let frequencies: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Int>
    let inTitle: UnsafeBufferPointer<UInt8>
  }

  /// Writes the members of the terms of ranks `ranks` and records where each ends.
  private mutating func encode(
    index: InvertedIndex, ranks: Range<Int>, postings columns: PostingColumns, scoring: BM25,
    into writer: inout JSONWriter
  ) {
    var scores: [Int] = []
    var kept: [Int] = []
    var scratch: [Int] = []
    for rank in ranks {
      let postings = index.starts[rank]..<index.starts[rank + 1]
      let idf = scoring.idf(documentFrequency: postings.count)
      scores.removeAll(keepingCapacity: true)
      scores.reserveCapacity(postings.count)
      for posting in postings {
        let document = Int(columns.documents[posting])
        scores.append(
          scoring.score(
            frequency: columns.frequencies[posting], length: columns.lengths[document],
            idf: idf, document: document))
      }
      PostingSelection.best(Self.maximumPostings, of: scores, into: &kept, scratch: &scratch)
      index.term(rank).withUnsafeBufferPointer { writer.string(utf8: $0) }
      writer.raw(":[")
      var previous = 0
      scores.withUnsafeBufferPointer { scores in
        for (position, offset) in kept.enumerated() {
          let posting = postings.lowerBound + offset
          let document = Int(columns.documents[posting])
          writer.integers(
            document - previous, scores[offset], Int(columns.inTitle[posting]),
            commaFirst: position > 0)
          previous = document
        }
      }
      writer.byte(0x5D)
      ends.append(writer.count)
    }
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
