import Foundation

/// BM25 with the constants of docs/search-index.md, producing integer scores (× 100, ≥ 1).
struct BM25: Sendable {
  static let k1 = 1.2
  static let b = 0.75

  /// Number of documents (N).
  let documentCount: Int
  /// Mean weighted document length (avgdl); 1 when every document is empty.
  let averageLength: Double

  init(lengths: [Int]) {
    documentCount = lengths.count
    let total = lengths.reduce(0, +)
    averageLength = total > 0 ? Double(total) / Double(lengths.count) : 1
  }

  /// `ln(1 + (N − df + 0.5) / (df + 0.5))`.
  func idf(documentFrequency: Int) -> Double {
    let df = Double(documentFrequency)
    return log(1 + (Double(documentCount) - df + 0.5) / (df + 0.5))
  }

  /// The stored score of a term with weighted frequency `frequency` in a document of weighted
  /// length `length`: the BM25 contribution times 100, rounded, at least 1.
  func score(frequency: Int32, length: Int, idf: Double) -> Int {
    let tf = Double(frequency)
    let norm = Self.k1 * (1 - Self.b + Self.b * Double(length) / averageLength)
    let value = idf * tf * (Self.k1 + 1) / (tf + norm)
    let scaled = (value * 100).rounded()
    guard scaled.isFinite, scaled >= 1 else { return 1 }
    return scaled < 1e15 ? Int(scaled) : 1_000_000_000_000_000
  }
}
