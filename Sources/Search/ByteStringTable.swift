/// An interning table of byte strings: each distinct string gets a dense index (0, 1, 2, …).
///
/// Strings live in one arena; lookups take a buffer and allocate nothing, which keeps the
/// per-word work of the indexer small.
struct ByteStringTable {
  /// All strings, back to back.
  private(set) var storage: [UInt8] = []
  /// End offset in `storage` of each string.
  private(set) var ends: [Int] = []
  /// First 8 bytes of each string, zero-padded (see `ByteStringKey`).
  private var heads: [UInt64] = []
  /// Open-addressing slots, each a string's hash in the high 32 bits and its index in the low
  /// ones, or `empty`.
  private var slots: [UInt64]
  private var mask: Int
  /// A slot holding no string.
  private static let empty = UInt64.max

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Self.empty, count: size)
    mask = size - 1
  }

  /// Number of strings.
  var count: Int { ends.count }

  /// The index of `key`, inserting it when absent.
  mutating func index(of key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
    let probe = ByteStringKey(key)
    let (found, slot) = find(key, probe)
    if found >= 0 { return (found, false) }
    let index = ends.count
    storage.append(contentsOf: key)
    ends.append(storage.count)
    heads.append(probe.head)
    slots[slot] = UInt64(probe.hash) << 32 | UInt64(index)
    if ends.count * 2 > slots.count { grow() }
    return (index, true)
  }

  /// The index of `key`, or nil.
  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let found = find(key, ByteStringKey(key)).index
    return found >= 0 ? found : nil
  }

  /// The index of `key` (or -1) and the slot where the probe ended.
  ///
  /// A string matches when its slot's hash, its length and its first 8 bytes match; only
  /// strings longer than 8 bytes compare the rest.
  @inline(__always)
  private func find(
    _ key: UnsafeBufferPointer<UInt8>, _ probe: ByteStringKey
  ) -> (index: Int, slot: Int) {
    let tag = UInt64(probe.hash) << 32
    let count = key.count
    return slots.withUnsafeBufferPointer { slots in
      ends.withUnsafeBufferPointer { ends in
        heads.withUnsafeBufferPointer { heads in
          var slot = Int(probe.hash) & mask
          while true {
            let entry = slots[slot]
            if entry == Self.empty { return (-1, slot) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
              let found = Int(entry & 0xFFFF_FFFF)
              let end = ends[found]
              let start = found == 0 ? 0 : ends[found - 1]
              if heads[found] == probe.head, end - start == count,
                count <= 8 || equalsAfterHead(start, key)
              {
                return (found, slot)
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// Byte range of string `index` in `storage`.
  func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// The bytes of string `index`.
  func bytes(of index: Int) -> ArraySlice<UInt8> {
    storage[range(of: index)]
  }

  /// Whether the string stored from `start` equals `key` (longer than 8 bytes, of the same
  /// length, with the same first 8 bytes) past its first 8 bytes.
  private func equalsAfterHead(_ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    storage.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress, let keyBase = key.baseAddress else { return false }
      return ByteStringKey.tailsEqual(
        UnsafeRawPointer(base + start), UnsafeRawPointer(keyBase), count: key.count)
    }
  }

  private mutating func grow() {
    let old = slots
    let size = slots.count * 2
    slots = Array(repeating: Self.empty, count: size)
    mask = size - 1
    for entry in old where entry != Self.empty {
      var slot = Int(entry >> 32) & mask
      while slots[slot] != Self.empty { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
