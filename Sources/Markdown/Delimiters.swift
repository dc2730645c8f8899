/// A run of delimiter characters (`~`, `"`) with what the flanking rules allow it to do.
struct DelimiterRun {
  /// Which text node of the leaf block holds it.
  var item: Int
  /// Its bytes in that node's literal.
  var range: Range<Int>
  /// Whether it may open a span.
  var canOpen: Bool
  /// Whether it may close a span.
  var canClose: Bool
}

/// CommonMark's flanking rules and the pairing of delimiter runs.
enum Delimiters {
  /// Whether a run between `before` and `after` is left-flanking and right-flanking.
  static func flanking(before: Unicode.Scalar, after: Unicode.Scalar) -> (left: Bool, right: Bool) {
    let previous = CharacterClass(before)
    let next = CharacterClass(after)
    let left = next != .whitespace && (next != .punctuation || previous != .other)
    let right = previous != .whitespace && (previous != .punctuation || next != .other)
    return (left, right)
  }

  /// The strikethrough pairs among `runs` (indices, opener first), innermost first, as
  /// cmark-gfm makes them: each closer takes the nearest opener after the last failed search;
  /// a pair needs runs of equal length; the runs between a pair are used up.
  static func strikethroughPairs(_ runs: [DelimiterRun]) -> [(opener: Int, closer: Int)] {
    var active = [Bool](repeating: true, count: runs.count)
    var bottom = -1
    var pairs: [(opener: Int, closer: Int)] = []
    pairs.reserveCapacity(runs.count / 2)
    for closer in runs.indices where active[closer] && runs[closer].canClose {
      var opener = closer - 1
      var found: Int?
      while opener > bottom {
        if active[opener] && runs[opener].canOpen && mayPair(runs[opener], runs[closer]) {
          found = opener
          break
        }
        opener -= 1
      }
      if let opener = found {
        if runs[opener].range.count == runs[closer].range.count {
          pairs.append((opener, closer))
          for index in opener...closer { active[index] = false }
        }
      } else {
        bottom = closer - 1
        if !runs[closer].canOpen { active[closer] = false }
      }
    }
    return pairs
  }

  /// CommonMark's "multiple of 3" rule for runs that can both open and close.
  private static func mayPair(_ opener: DelimiterRun, _ closer: DelimiterRun) -> Bool {
    let openerLength = opener.range.count
    let closerLength = closer.range.count
    return !(closer.canOpen || opener.canClose) || closerLength % 3 == 0
      || (openerLength + closerLength) % 3 != 0
  }

  /// Quote pairs (indices, opener first): each closer takes the nearest open quote.
  static func quotePairs(_ runs: [DelimiterRun]) -> [(opener: Int, closer: Int)] {
    var open: [Int] = []
    open.reserveCapacity(runs.count)
    var pairs: [(opener: Int, closer: Int)] = []
    pairs.reserveCapacity(runs.count / 2)
    for (index, run) in runs.enumerated() {
      if run.canClose, let opener = open.popLast() {
        pairs.append((opener, index))
      } else if run.canOpen {
        open.append(index)
      }
    }
    return pairs
  }
}
