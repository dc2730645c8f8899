/// The weighted frequency and title flag of each term in the document being analyzed, in
/// manually managed memory so that the per-word update needs no array checks.
final class TermCounts {
  /// Weighted frequency of each term (0 when the document does not hold it).
  private(set) var frequency: UnsafeMutablePointer<Int32>
  /// 1 when the term occurs in the document's title.
  private(set) var titleFlag: UnsafeMutablePointer<UInt8>
  /// Number of terms the memory has room for.
  private var capacity = 1 << 14

  /// Counts for the first `1 << 14` terms, all zero.
  init() {
    frequency = .allocate(capacity: capacity)
    frequency.initialize(repeating: 0, count: capacity)
    titleFlag = .allocate(capacity: capacity)
    titleFlag.initialize(repeating: 0, count: capacity)
  }

  deinit {
    frequency.deallocate()
    titleFlag.deallocate()
  }

  /// Makes room for terms numbered below `termCount`, the new ones zero.
  @inline(__always)
  func reserve(_ termCount: Int) {
    if termCount > capacity { grow(to: termCount) }
  }

  /// Doubles the memory until `termCount` terms fit.
  private func grow(to termCount: Int) {
    var size = capacity
    while size < termCount { size *= 2 }
    let larger = UnsafeMutablePointer<Int32>.allocate(capacity: size)
    larger.moveInitialize(from: frequency, count: capacity)
    (larger + capacity).initialize(repeating: 0, count: size - capacity)
    frequency.deallocate()
    frequency = larger
    let largerFlags = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    largerFlags.moveInitialize(from: titleFlag, count: capacity)
    (largerFlags + capacity).initialize(repeating: 0, count: size - capacity)
    titleFlag.deallocate()
    titleFlag = largerFlags
    capacity = size
  }
}
