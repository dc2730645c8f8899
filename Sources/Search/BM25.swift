import Foundation

/// BM25 with the constants of docs/search-index.md, producing integer scores (× 100, ≥ 1).
struct BM25: Sendable {
  static let k1 = 1.2
  static let b = BM25Tuning.b
  /// A page shorter than this share of the mean length is scored as if it had this length, so
  /// that a six-line solution does not outrank the article a query names on shortness alone.
  static let shortestShare = BM25Tuning.shortestShare

  /// Number of documents (N).
  let documentCount: Int
  /// Mean weighted document length (avgdl); 1 when every document is empty.
  let averageLength: Double
  /// Each document's search weight (its scores are multiplied by it); empty: all 1.
  let weights: [Double]

  init(lengths: [Int], weights: [Double] = []) {
    self.weights = weights
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
    let relative = max(Double(length) / averageLength, Self.shortestShare)
    let norm = Self.k1 * (1 - Self.b + Self.b * relative)
    let value = idf * tf * (Self.k1 + 1) / (tf + norm)
    return Self.storedScore(value * 100)
  }

  /// ``score(frequency:length:idf:)`` times the search weight of `document`.
  func score(frequency: Int32, length: Int, idf: Double, document: Int) -> Int {
    let plain = score(frequency: frequency, length: length, idf: idf)
    guard document < weights.count, weights[document] != 1 else { return plain }
    return Self.storedScore(Double(plain) * weights[document])
  }

  /// `scaled` rounded half away from zero, at least 1, at most 10^15; NaN gives 1.
  @inline(__always)
  static func storedScore(_ scaled: Double) -> Int {
    if scaled >= 0, scaled < 1e15 {
      // Rounded without a libm call: the truncation is exact below 2^53, and so is the
      // fraction left over.
      let whole = Int(scaled)
      let rounded = scaled - Double(whole) >= 0.5 ? whole + 1 : whole
      return max(rounded, 1)
    }
    let rounded = scaled.rounded()
    guard rounded.isFinite, rounded >= 1 else { return 1 }
    return rounded < 1e15 ? Int(rounded) : 1_000_000_000_000_000
  }
}

/// The length normalisation of ``BM25``, tuned on `make search-eval` (Benchmarks/README.md).
enum BM25Tuning {
  // Tried b 0.3/0.5/0.75 × share 0/0.5/1: all within 0.006 of MRR@10, since ranking sorts by
  // words matched first; 0.5 keeps tiny pages from winning on shortness with no loss.
  static let b = 0.75
  static let shortestShare = 0.5
}
