import Text

/// Where one word lies in a `WordScanner`'s word bytes.
struct WordRange {
  /// Offset of the word's first byte.
  var start: Int32
  /// Offset just past the word's last byte.
  var end: Int32
}

/// A growable list of word ranges in manually managed memory, so that appending and reading
/// them needs no uniqueness or bounds checks; its owner calls `deallocate()` once.
struct WordRanges {
  /// The ranges, `count` of `capacity` used.
  private(set) var base: UnsafeMutablePointer<WordRange>
  /// Number of ranges.
  private(set) var count = 0
  private var capacity = 1024

  /// An empty list.
  init() {
    base = RawMemory.allocate(count: capacity)
  }

  /// Appends the range `start..<end`.
  @inline(__always)
  mutating func append(start: Int, end: Int) {
    if count == capacity { grow() }
    base[count] = WordRange(
      start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end))
    count += 1
  }

  /// Forgets every range, keeping the memory.
  mutating func removeAll() {
    count = 0
  }

  /// Frees the memory; the list is not used afterwards.
  func deallocate() {
    base.deallocate()
  }

  /// Doubles the capacity.
  private mutating func grow() {
    base = RawMemory.grow(base, count: count, to: capacity * 2)
    capacity *= 2
  }
}
