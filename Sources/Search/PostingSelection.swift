/// Chooses the postings a term keeps when it has more than it may keep.
enum PostingSelection {
  /// Fills `kept` with the offsets of the `limit` best `scores` (higher first, equal scores to
  /// the lower offset), in ascending order: the same offsets as sorting every offset by
  /// (score descending, offset) and keeping the first `limit`, without sorting. `scratch` is
  /// reused working space.
  static func best(_ limit: Int, of scores: [Int], into kept: inout [Int], scratch: inout [Int]) {
    kept.removeAll(keepingCapacity: true)
    guard limit > 0 else { return }
    guard scores.count > limit else {
      kept.append(contentsOf: 0..<scores.count)
      return
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: scores)
    let threshold = largest(at: limit - 1, of: &scratch)
    var equalsToKeep = limit
    for score in scores where score > threshold { equalsToKeep -= 1 }
    for (offset, score) in scores.enumerated() {
      if score > threshold {
        kept.append(offset)
      } else if score == threshold, equalsToKeep > 0 {
        kept.append(offset)
        equalsToKeep -= 1
      }
    }
  }

  /// The value at position `position` of `values` sorted in descending order; reorders
  /// `values` (a selection by three-way partitioning, linear on average).
  static func largest(at position: Int, of values: inout [Int]) -> Int {
    values.withUnsafeMutableBufferPointer { values in
      var low = 0
      var high = values.count - 1
      while low < high {
        let pivot = median(values[low], values[low + (high - low) / 2], values[high])
        // Arrange values[low...high] as [greater than pivot][equal][less].
        var greaterEnd = low
        var next = low
        var lessStart = high
        while next <= lessStart {
          let value = values[next]
          if value > pivot {
            values.swapAt(greaterEnd, next)
            greaterEnd += 1
            next += 1
          } else if value < pivot {
            values.swapAt(next, lessStart)
            lessStart -= 1
          } else {
            next += 1
          }
        }
        if position < greaterEnd {
          high = greaterEnd - 1
        } else if position > lessStart {
          low = lessStart + 1
        } else {
          return pivot
        }
      }
      return values[low]
    }
  }

  /// The middle one of three values.
  private static func median(_ a: Int, _ b: Int, _ c: Int) -> Int {
    max(min(a, b), min(max(a, b), c))
  }
}
