/// A Snowball `among` over word endings: finds the longest listed suffix that ends a word.
///
/// Words are arrays of Unicode scalar values. Each suffix carries a small integer, the group,
/// that tells the stemmer which action to take.
struct SuffixTable: Sendable {
  /// One listed suffix and its group.
  struct Entry: Sendable {
    let suffix: [UInt32]
    let group: Int
  }

  /// A suffix found at the end of a word.
  struct Match {
    /// Index of the suffix's first scalar in the word.
    let start: Int
    /// The group the suffix was listed in.
    let group: Int
  }

  /// Entries by last scalar, each list longest first.
  private let byLastScalar: [UInt32: [Entry]]

  /// Builds a table from groups of suffixes written as strings.
  init(_ groups: [(group: Int, suffixes: [String])]) {
    var table: [UInt32: [Entry]] = [:]
    for (group, suffixes) in groups {
      for text in suffixes {
        let scalars = text.unicodeScalars.map(\.value)
        guard let last = scalars.last else { continue }
        table[last, default: []].append(Entry(suffix: scalars, group: group))
      }
    }
    for key in table.keys {
      table[key]?.sort { $0.suffix.count > $1.suffix.count }
    }
    byLastScalar = table
  }

  /// The longest suffix ending `word` at `end` that starts at or after `limit`.
  func longestMatch(in word: [UInt32], end: Int, limit: Int) -> Match? {
    guard end > limit, end <= word.count, let entries = byLastScalar[word[end - 1]] else {
      return nil
    }
    for entry in entries {
      let start = end - entry.suffix.count
      if start < limit { continue }
      if word.hasSuffix(entry.suffix, endingAt: end) {
        return Match(start: start, group: entry.group)
      }
    }
    return nil
  }
}

extension Array where Element == UInt32 {
  /// Whether `suffix` occurs in this array ending just before index `end`.
  func hasSuffix(_ suffix: [UInt32], endingAt end: Int) -> Bool {
    let start = end - suffix.count
    guard start >= 0, end <= count else { return false }
    var index = 0
    while index < suffix.count {
      if self[start + index] != suffix[index] { return false }
      index += 1
    }
    return true
  }

  /// Whether this array ends with the scalars of `text`.
  func hasSuffix(_ suffix: [UInt32]) -> Bool {
    hasSuffix(suffix, endingAt: count)
  }
}

/// Scalar values of a string, for writing suffix lists and replacements.
func scalars(_ text: String) -> [UInt32] {
  text.unicodeScalars.map(\.value)
}
