import Text

/// The term number an analyzer gave each distinct word it has met: an open-addressing table
/// in manually managed memory, probed without array checks, uniqueness checks or reference
/// counting, since every word of every document is looked up here.
final class WordTermCache {
  /// One word: its hash and length, its first 8 bytes, where the rest lies, and its term.
  private struct Slot {
    /// The word's hash in the high 32 bits and its length in the low ones; 0 for no word (no
    /// word is empty).
    var tag: UInt64
    /// The first 8 bytes, zero-padded (see `ByteStringKey`).
    var head: UInt64
    /// Offset of the word's bytes in `storage`.
    var offset: Int32
    /// The word's term.
    var term: Int32
  }

  private var slots: UnsafeMutablePointer<Slot>
  private var mask: Int
  /// The bytes of every word longer than 8 bytes, back to back.
  private var storage = ByteBuffer(capacity: 1 << 16)
  /// Number of words.
  private(set) var count = 0

  /// An empty cache with room for `capacity` words before it grows.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = RawMemory.allocate(count: size)
    slots.initialize(repeating: Slot(tag: 0, head: 0, offset: 0, term: 0), count: size)
    mask = size - 1
  }

  deinit {
    slots.deallocate()
  }

  /// The term of `word`, making it with `makeTerm` (and keeping it) when the word is new.
  func term(of word: UnsafeBufferPointer<UInt8>, makeTerm: () -> Int32) -> Int32 {
    if let term = cachedTerm(of: word) { return term }
    let term = makeTerm()
    remember(word, term: term)
    return term
  }

  /// The term kept for `word`, or nil when the word is new.
  @inline(__always)
  func cachedTerm(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
    let key = ByteStringKey(word)
    let length = word.count
    let tag = UInt64(key.hash) << 32 | UInt64(UInt32(truncatingIfNeeded: length))
    var slot = Int(key.hash) & mask
    while true {
      let entry = slots[slot]
      if entry.tag == tag, entry.head == key.head,
        length <= 8 || equalsAfterHead(Int(entry.offset), word)
      {
        return entry.term
      }
      if entry.tag == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// Keeps `term` as the term of `word`, which is new (``cachedTerm(of:)`` gave nil).
  @inline(never)
  func remember(_ word: UnsafeBufferPointer<UInt8>, term: Int32) {
    let key = ByteStringKey(word)
    let tag = UInt64(key.hash) << 32 | UInt64(UInt32(truncatingIfNeeded: word.count))
    var slot = Int(key.hash) & mask
    while slots[slot].tag != 0 { slot = (slot + 1) & mask }
    insert(Slot(tag: tag, head: key.head, offset: store(word), term: term), at: slot)
  }

  /// Keeps the bytes of `word` past its first 8, returning the offset the word would start at.
  private func store(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard word.count > 8, let base = word.baseAddress else { return 0 }
    let offset = storage.count
    storage.append(base, count: word.count)
    return Int32(truncatingIfNeeded: offset)
  }

  /// Whether the word stored at `offset` equals `word` (longer than 8 bytes, of the same
  /// length and first 8 bytes) past its first 8 bytes.
  @inline(__always)
  private func equalsAfterHead(_ offset: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = word.baseAddress else { return false }
    return ByteStringKey.tailsEqual(
      UnsafeRawPointer(storage.start + offset), UnsafeRawPointer(base), count: word.count)
  }

  /// Puts `entry` in the empty slot `slot`, then grows the table when it is half full.
  private func insert(_ entry: Slot, at slot: Int) {
    slots[slot] = entry
    count += 1
    guard count * 2 > mask + 1 else { return }
    let old = slots
    let oldSize = mask + 1
    let size = oldSize * 2
    slots = RawMemory.allocate(count: size)
    slots.initialize(repeating: Slot(tag: 0, head: 0, offset: 0, term: 0), count: size)
    mask = size - 1
    for index in 0..<oldSize where old[index].tag != 0 {
      var slot = Int(old[index].tag >> 32) & mask
      while slots[slot].tag != 0 { slot = (slot + 1) & mask }
      slots[slot] = old[index]
    }
    old.deallocate()
  }
}
