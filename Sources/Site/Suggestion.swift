/// "Did you mean…?" hints: the known names closest to a mistyped one.
enum Suggestion {
  /// The closest name within a distance a typo could make, or nil.
  static func closest(to name: String, in candidates: some Collection<String>) -> String? {
    closest(to: name, in: candidates, limit: 1).first
  }

  /// Up to `limit` closest names, nearest first, ties in alphabetical order.
  static func closest(to name: String, in candidates: some Collection<String>, limit: Int)
    -> [String]
  {
    let target = Array(name.lowercased().unicodeScalars)
    let allowed = max(2, target.count / 3)
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
      if distance <= allowed { scored.append((distance, candidate)) }
    }
    scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return scored.prefix(limit).map(\.name)
  }

  /// Edit distance where swapping two neighbouring letters counts as one edit, like
  /// inserting, deleting or replacing one (optimal string alignment).
  static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var beforePrevious = Array(repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = Array(repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[rhs.count]
  }

  /// The distance between `lhs` and `rhs` when it is at most `limit`, else nil; stops as
  /// soon as a row of the table passes the limit, and at once when the lengths differ by
  /// more.
  static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], atMost limit: Int)
    -> Int?
  {
    guard abs(lhs.count - rhs.count) <= limit else { return nil }
    if lhs.isEmpty || rhs.isEmpty { return max(lhs.count, rhs.count) }
    var beforePrevious = Array(repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = Array(repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      var smallest = i
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
        smallest = min(smallest, current[j])
      }
      if smallest > limit { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[rhs.count] <= limit ? previous[rhs.count] : nil
  }
}
