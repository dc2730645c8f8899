/// An interning table of byte strings: each distinct string gets a dense index (0, 1, 2, …).
///
/// Strings live in one arena; lookups take a buffer and allocate nothing, which keeps the
/// per-word work of the indexer small.
struct ByteStringTable {
  /// All strings, back to back.
  private(set) var storage: [UInt8] = []
  /// End offset in `storage` of each string.
  private(set) var ends: [Int] = []
  private var hashes: [UInt32] = []
  /// Open-addressing slots holding string indexes, or -1.
  private var slots: [Int32]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// Number of strings.
  var count: Int { ends.count }

  /// The index of `key`, inserting it when absent.
  mutating func index(of key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
    let hash = Self.hash(key)
    var slot = Int(hash) & mask
    while true {
      let found = Int(slots[slot])
      if found < 0 { break }
      if hashes[found] == hash, equals(found, key) { return (found, false) }
      slot = (slot + 1) & mask
    }
    let index = ends.count
    storage.append(contentsOf: key)
    ends.append(storage.count)
    hashes.append(hash)
    slots[slot] = Int32(truncatingIfNeeded: index)
    if ends.count * 2 > slots.count { grow() }
    return (index, true)
  }

  /// The index of `key`, or nil.
  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(key)
    var slot = Int(hash) & mask
    while true {
      let found = Int(slots[slot])
      if found < 0 { return nil }
      if hashes[found] == hash, equals(found, key) { return found }
      slot = (slot + 1) & mask
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

  private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = range(of: index)
    guard range.count == key.count else { return false }
    guard let keyBase = key.baseAddress else { return true }
    return storage.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return false }
      let left = UnsafeRawPointer(base + range.lowerBound)
      let right = UnsafeRawPointer(keyBase)
      let count = key.count
      var offset = 0
      while offset + 8 <= count {
        if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
          return false
        }
        offset += 8
      }
      if offset == count { return true }
      if count >= 8 {
        // The last 8 bytes, overlapping ones already compared.
        return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
          == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      }
      if count >= 4 {
        // Two overlapping 4-byte loads cover 4 to 7 bytes.
        return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
          && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
      }
      while offset < count {
        if left.load(fromByteOffset: offset, as: UInt8.self)
          != right.load(fromByteOffset: offset, as: UInt8.self)
        {
          return false
        }
        offset += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for index in 0..<ends.count {
      var slot = Int(hashes[index]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(truncatingIfNeeded: index)
    }
  }

  /// A multiply-xorshift hash over 8-byte words (its values only place strings in slots; the
  /// indexes handed out do not depend on it).
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let count = key.count
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: hash) }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      offset += 8
    }
    let rest = count - offset
    var tail: UInt64 = 0
    if rest > 0, count >= 8 {
      // The last 8 bytes, shifted so that only the `rest` not yet hashed remain.
      let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      tail = last >> UInt64(64 - 8 * rest)
    } else if rest >= 4 {
      // Two overlapping 4-byte loads cover 4 to 7 bytes.
      let low = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: rest - 4, as: UInt32.self))
      tail = low | high << UInt64(8 * (rest - 4))
    } else {
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(base[offset]) << shift
        shift += 8
        offset += 1
      }
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 32
    return UInt32(truncatingIfNeeded: hash)
  }
}
