import Foundation
import Text

/// Every term's postings (document id, weighted frequency, in-title flag), terms in code point
/// order, documents ascending.
struct InvertedIndex {
  /// Documents per analysis task.
  static let documentsPerTask = 32

  /// Term strings; the term of rank `r` is `terms.bytes(of: order[r])`.
  let terms: ByteStringTable
  /// Term indexes in `terms`, sorted by their bytes.
  let order: [Int32]
  /// Start of each ranked term's postings in the arrays below, plus the end.
  let starts: [Int]
  let documents: [Int32]
  let frequencies: [Int32]
  let inTitle: [UInt8]
  /// Weighted length of every document.
  let lengths: [Int]

  /// Number of distinct terms.
  var termCount: Int { order.count }

  /// The bytes of the term of rank `rank`.
  func term(_ rank: Int) -> ArraySlice<UInt8> {
    terms.bytes(of: Int(order[rank]))
  }

  /// Tokenises the documents in parallel and inverts them.
  init(documents: [SearchDocument]) {
    let taskCount = (documents.count + Self.documentsPerTask - 1) / Self.documentsPerTask
    let analyzers = Parallel.workers(taskCount: taskCount) { _, next in
      var analyzer = DocumentAnalyzer()
      while let task = next() {
        let lower = task * Self.documentsPerTask
        for id in lower..<min(documents.count, lower + Self.documentsPerTask) {
          analyzer.add(documents[id], id: id)
        }
      }
      return analyzer
    }
    self.init(analyzers: analyzers, documentCount: documents.count)
  }

  /// Inverts what `analyzers` found. Each id in `0..<documentCount` was analyzed by at most
  /// one of them; an id none of them saw is an empty document.
  init(analyzers: [DocumentAnalyzer], documentCount: Int) {
    var global = ByteStringTable(capacity: analyzers.first?.terms.count ?? 16)
    let localToGlobal = analyzers.map { Self.globalNumbers(of: $0.terms, in: &global) }
    let order = Self.sortedOrder(of: global)
    var rank = [Int32](repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { rank[Int(index)] = Int32(position) }
    let rankOfLocal = localToGlobal.map { map in map.map { rank[Int($0)] } }

    let starts = Self.postingStarts(of: analyzers, ranks: rankOfLocal, termCount: order.count)
    var postings = Postings(starts: starts)
    var lengths = [Int](repeating: 0, count: documentCount)
    for (owner, local) in Self.locations(of: analyzers, documentCount: documentCount) {
      let part = analyzers[owner].analyzed
      let document = Int(part.ids[local])
      lengths[document] = part.lengths[local]
      postings.add(
        document: document, entries: part.entryStarts[local]..<part.entryStarts[local + 1],
        of: part, ranks: rankOfLocal[owner])
    }
    self.terms = global
    self.order = order
    self.starts = starts
    self.documents = postings.documents
    self.frequencies = postings.frequencies
    self.inTitle = postings.inTitle
    self.lengths = lengths
  }

  /// The global number of each of `local`'s terms, adding the new ones to `global`.
  private static func globalNumbers(of local: ByteStringTable, in global: inout ByteStringTable)
    -> [Int32]
  {
    (0..<local.count).map { index in
      local.storage.withUnsafeBufferPointer { storage in
        let slice = UnsafeBufferPointer(rebasing: storage[local.range(of: index)])
        return Int32(truncatingIfNeeded: global.index(of: slice).index)
      }
    }
  }

  /// Where each ranked term's postings start, plus the end: the running sum of how many
  /// documents hold each term.
  private static func postingStarts(
    of analyzers: [DocumentAnalyzer], ranks: [[Int32]], termCount: Int
  ) -> [Int] {
    var starts = [Int](repeating: 0, count: termCount + 1)
    starts.withUnsafeMutableBufferPointer { starts in
      for (worker, analyzer) in analyzers.enumerated() {
        ranks[worker].withUnsafeBufferPointer { ranks in
          analyzer.analyzed.termIDs.withUnsafeBufferPointer { terms in
            for term in terms { starts[Int(ranks[Int(term)]) + 1] += 1 }
          }
        }
      }
      for index in 0..<termCount { starts[index + 1] += starts[index] }
    }
    return starts
  }

  /// (analyzer, position among its documents) of every analyzed document, by ascending id.
  private static func locations(of analyzers: [DocumentAnalyzer], documentCount: Int)
    -> [(owner: Int, local: Int)]
  {
    var byID = [(owner: Int, local: Int)?](repeating: nil, count: documentCount)
    for (owner, analyzer) in analyzers.enumerated() {
      for (local, id) in analyzer.analyzed.ids.enumerated() { byID[Int(id)] = (owner, local) }
    }
    return byID.compactMap { $0 }
  }

  /// Indexes of the table's strings sorted by their bytes (code point order).
  private static func sortedOrder(of table: ByteStringTable) -> [Int32] {
    var order = (0..<table.count).map { Int32($0) }
    let ranges = (0..<table.count).map { table.range(of: $0) }
    table.storage.withUnsafeBufferPointer { storage in
      order.sort { left, right in
        let a = ranges[Int(left)]
        let b = ranges[Int(right)]
        let common = min(a.count, b.count)
        var offset = 0
        while offset < common {
          let x = storage[a.lowerBound + offset]
          let y = storage[b.lowerBound + offset]
          if x != y { return x < y }
          offset += 1
        }
        return a.count < b.count
      }
    }
    return order
  }
}

/// Posting arrays being filled term by term: each term's slots start at `starts[rank]`, and
/// documents are added in ascending order.
private struct Postings {
  var documents: [Int32]
  var frequencies: [Int32]
  var inTitle: [UInt8]
  private var fill: [Int]

  init(starts: [Int]) {
    let total = starts.last ?? 0
    documents = [Int32](repeating: 0, count: total)
    frequencies = [Int32](repeating: 0, count: total)
    inTitle = [UInt8](repeating: 0, count: total)
    fill = Array(starts.dropLast())
  }

  /// Adds the postings of `document`: the entries `entries` of `part`, whose local term
  /// numbers `ranks` maps to ranks.
  mutating func add(
    document: Int, entries: Range<Int>, of part: AnalyzedDocuments, ranks: [Int32]
  ) {
    let id = Int32(truncatingIfNeeded: document)
    ranks.withUnsafeBufferPointer { ranks in
      part.termIDs.withUnsafeBufferPointer { terms in
        part.frequencies.withUnsafeBufferPointer { frequencyOf in
          part.inTitle.withUnsafeBufferPointer { flagOf in
            fill.withUnsafeMutableBufferPointer { fill in
              documents.withUnsafeMutableBufferPointer { documents in
                frequencies.withUnsafeMutableBufferPointer { frequencies in
                  inTitle.withUnsafeMutableBufferPointer { inTitle in
                    for entry in entries {
                      let rank = Int(ranks[Int(terms[entry])])
                      let slot = fill[rank]
                      fill[rank] = slot + 1
                      documents[slot] = id
                      frequencies[slot] = frequencyOf[entry]
                      inTitle[slot] = flagOf[entry]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
