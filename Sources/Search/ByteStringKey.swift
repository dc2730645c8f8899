/// What `ByteStringTable` computes once per lookup: a string's hash and its first 8 bytes.
struct ByteStringKey {
  /// A multiply-xorshift hash (its values only place strings in slots).
  var hash: UInt32
  /// The first 8 bytes, little-endian, zero-padded when the string is shorter.
  var head: UInt64

  /// The hash and head of `key`, read with at most a few overlapping loads.
  @inline(__always)
  init(_ key: UnsafeBufferPointer<UInt8>) {
    let count = key.count
    guard count > 0 else {
      self.init(hash: 0x7F4A_7C15, head: 0)
      return
    }
    // A buffer that is not empty has a base address.
    let base = key.baseAddress.unsafelyUnwrapped
    let raw = UnsafeRawPointer(base)
    var mixed = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    let head: UInt64
    if count >= 8 {
      head = raw.loadUnaligned(as: UInt64.self)
      var offset = 8
      while offset + 8 < count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        mixed = (mixed ^ word) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        offset += 8
      }
      // The last 8 bytes, overlapping ones already mixed in (or the head, for 8 bytes).
      let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      mixed = (mixed ^ last) &* 0x94D0_49BB_1331_11EB
    } else if count >= 4 {
      // Two overlapping 4-byte loads cover 4 to 7 bytes.
      let low = UInt64(raw.loadUnaligned(as: UInt32.self))
      let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
      head = low | high << UInt64(8 * (count - 4))
    } else {
      // One to three bytes: the first, middle and last.
      let first = UInt64(base[0])
      let middle = UInt64(base[count >> 1])
      let last = UInt64(base[count - 1])
      head = first | middle << UInt64(8 * (count >> 1)) | last << UInt64(8 * (count - 1))
    }
    mixed ^= head
    // A product's low bits depend only on the low bits of what was multiplied: folding the high
    // half down first lets the last bytes (a word's ending) reach the bits that pick a slot.
    mixed ^= mixed >> 32
    mixed = mixed &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 32
    self.init(hash: UInt32(truncatingIfNeeded: mixed), head: head)
  }

  /// Creates a key from its parts.
  @inline(__always)
  init(hash: UInt32, head: UInt64) {
    self.hash = hash
    self.head = head
  }
}

extension ByteStringKey {
  /// Whether the `count` bytes (more than 8) at `left` and `right`, whose first 8 bytes are
  /// known to be equal (their keys' heads matched), are equal past them: 8 bytes at a time,
  /// the last load overlapping bytes already compared.
  @inline(__always)
  static func tailsEqual(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
    var offset = 8
    while offset + 8 < count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
  }
}
