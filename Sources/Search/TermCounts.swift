import Text

/// The weighted frequency and title flag of each term in the document being analyzed, and the
/// terms it holds, in manually managed memory so that the per-word update needs no array checks,
/// uniqueness checks or reference counting.
final class TermCounts {
  /// Weighted frequency of each term (0 when the document does not hold it).
  private(set) var frequency: UnsafeMutablePointer<Int32>
  /// 1 when the term occurs in the document's title.
  private(set) var titleFlag: UnsafeMutablePointer<UInt8>
  /// The terms of the document in the order they were first counted; `touchedCount` of them.
  private(set) var touched: UnsafeMutablePointer<Int32>
  /// Number of terms in `touched`.
  private(set) var touchedCount = 0
  /// Number of terms the memory has room for.
  private var capacity = 1 << 14

  /// Counts for the first `1 << 14` terms, all zero.
  init() {
    frequency = RawMemory.allocate(count: capacity)
    frequency.initialize(repeating: 0, count: capacity)
    titleFlag = RawMemory.allocate(count: capacity)
    titleFlag.initialize(repeating: 0, count: capacity)
    touched = RawMemory.allocate(count: capacity)
  }

  deinit {
    frequency.deallocate()
    titleFlag.deallocate()
    touched.deallocate()
  }

  /// Makes room for terms numbered below `termCount`, the new ones zero.
  @inline(__always)
  func reserve(_ termCount: Int) {
    if termCount > capacity { grow(to: termCount) }
  }

  /// Adds `weight` to the frequency of `term` (below the reserved count), noting the term as
  /// touched when it had none. `weight` must be positive.
  @inline(__always)
  func add(_ weight: Int32, to term: Int32) {
    let index = Int(term)
    let old = frequency[index]
    if old == 0 {
      // A term is noted once per document unless its frequency wraps round to 0; the check
      // keeps even that from writing past the memory.
      precondition(touchedCount < capacity, "term frequency overflow")
      touched[touchedCount] = term
      touchedCount &+= 1
    }
    frequency[index] = old &+ weight
  }

  /// Sets the title flag of `term` (below the reserved count).
  @inline(__always)
  func markInTitle(_ term: Int32) {
    titleFlag[Int(term)] = 1
  }

  /// Hands each touched term with its frequency and title flag to `body`, in the order they
  /// were first counted, and sets everything back to zero for the next document.
  @inline(__always)
  func drain(_ body: (_ term: Int32, _ frequency: Int32, _ inTitle: UInt8) -> Void) {
    for position in 0..<touchedCount {
      let term = touched[position]
      let index = Int(term)
      body(term, frequency[index], titleFlag[index])
      frequency[index] = 0
      titleFlag[index] = 0
    }
    touchedCount = 0
  }

  /// Doubles the memory until `termCount` terms fit.
  private func grow(to termCount: Int) {
    var size = capacity
    while size < termCount { size *= 2 }
    frequency = RawMemory.grow(frequency, count: capacity, to: size)
    (frequency + capacity).initialize(repeating: 0, count: size - capacity)
    titleFlag = RawMemory.grow(titleFlag, count: capacity, to: size)
    (titleFlag + capacity).initialize(repeating: 0, count: size - capacity)
    touched = RawMemory.grow(touched, count: touchedCount, to: size)
    capacity = size
  }
}
