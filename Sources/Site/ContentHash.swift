/// A stable 64-bit hash of bytes (the same in every run and on every machine, unlike
/// Swift's seeded `Hasher`), for the output manifest and the build key. Not cryptographic:
/// it tells our own files' versions apart, nothing adversarial depends on it.
struct ContentHash: Equatable, Sendable {
  /// The running value.
  private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// An empty hash.
  init() {}

  /// A hash read back (from a manifest).
  init(value: UInt64) {
    self.value = value
  }

  /// The hash of `bytes`.
  init(of bytes: [UInt8]) {
    add(bytes)
  }

  /// Mixes `bytes` in, eight at a time, and their count.
  mutating func add(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      var index = 0
      while index + 8 <= raw.count {
        mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        index += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < raw.count {
        tail |= UInt64(raw[index]) << shift
        shift += 8
        index += 1
      }
      mix(tail)
      mix(UInt64(raw.count))
    }
  }

  /// Mixes a string's UTF-8 bytes in.
  mutating func add(_ text: String) {
    add(Array(text.utf8))
  }

  /// Mixes a number in.
  mutating func add(_ number: Int) {
    mix(UInt64(bitPattern: Int64(number)))
  }

  private mutating func mix(_ word: UInt64) {
    var x = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x = x &* 0xC4CE_B9FE_1A85_EC53
    value = x ^ (x >> 29)
  }

  /// Sixteen hexadecimal digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
