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
    return Self.storedScore(value * 100)
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
