import Foundation

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
    let perWorker = Parallel.workers(taskCount: taskCount) { worker, next in
      var analyzer = DocumentAnalyzer(worker: worker)
      var done: [(task: Int, result: AnalyzedDocuments)] = []
      while let task = next() {
        let lower = task * Self.documentsPerTask
        let upper = min(documents.count, lower + Self.documentsPerTask)
        done.append((task, analyzer.analyze(documents, range: lower..<upper)))
      }
      return (analyzer.terms, done)
    }
    var tasks = [AnalyzedDocuments?](repeating: nil, count: taskCount)
    for (_, done) in perWorker {
      for (task, result) in done { tasks[task] = result }
    }
    var global = ByteStringTable(capacity: perWorker.first?.0.count ?? 16)
    let localToGlobal: [[Int32]] = perWorker.map { local, _ in
      (0..<local.count).map { index in
        local.storage.withUnsafeBufferPointer { storage in
          let slice = UnsafeBufferPointer(rebasing: storage[local.range(of: index)])
          return Int32(truncatingIfNeeded: global.index(of: slice).index)
        }
      }
    }
    let order = Self.sortedOrder(of: global)
    var rank = [Int32](repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { rank[Int(index)] = Int32(position) }

    let analyzed = tasks.compactMap { $0 }
    var starts = [Int](repeating: 0, count: order.count + 1)
    for part in analyzed {
      let map = localToGlobal[part.worker]
      for term in part.termIDs { starts[Int(rank[Int(map[Int(term)])]) + 1] += 1 }
    }
    for index in 0..<order.count { starts[index + 1] += starts[index] }
    var fill = Array(starts.dropLast())
    let total = starts.last ?? 0
    var postingDocuments = [Int32](repeating: 0, count: total)
    var postingFrequencies = [Int32](repeating: 0, count: total)
    var postingInTitle = [UInt8](repeating: 0, count: total)
    var lengths: [Int] = []
    lengths.reserveCapacity(documents.count)
    for part in analyzed {
      let map = localToGlobal[part.worker]
      for local in 0..<part.lengths.count {
        let document = Int32(lengths.count)
        lengths.append(part.lengths[local])
        for entry in part.entryStarts[local]..<part.entryStarts[local + 1] {
          let ranked = Int(rank[Int(map[Int(part.termIDs[entry])])])
          let slot = fill[ranked]
          fill[ranked] += 1
          postingDocuments[slot] = document
          postingFrequencies[slot] = part.frequencies[entry]
          postingInTitle[slot] = part.inTitle[entry]
        }
      }
    }
    self.terms = global
    self.order = order
    self.starts = starts
    self.documents = postingDocuments
    self.frequencies = postingFrequencies
    self.inTitle = postingInTitle
    self.lengths = lengths
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
