import Foundation

/// A growable byte buffer that owns its memory: appending checks only the capacity (an
/// array's append also checks that its storage is unique, and copying a few bytes through
/// it costs a call).
///
/// Not copyable, so exactly one value owns the memory and frees it in `deinit`. The memory
/// comes from `malloc` and grows with `realloc` (which may extend it in place); it is bound
/// to `UInt8` once allocated. The bytes `base[0..<count]` are initialized, the rest is not
/// (`UInt8` is trivial: nothing needs deinitializing before the memory is freed).
struct ByteBuffer: ~Copyable {
  /// The memory, `capacity` bytes, of which the first `count` are written.
  private var base: UnsafeMutablePointer<UInt8>
  /// The bytes written.
  private(set) var count = 0
  /// The bytes allocated.
  private var capacity: Int

  /// An empty buffer with room for `capacity` bytes (at least 16).
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = Self.bound(malloc(self.capacity), capacity: self.capacity)
  }

  deinit { free(base) }

  /// The bytes written, copied into an array.
  var array: [UInt8] {
    Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0, let target = buffer.baseAddress {
        target.initialize(from: base, count: count)
      }
      initialized = count
    }
  }

  /// The last byte written, nil when there is none.
  var last: UInt8? { count > 0 ? base[count - 1] : nil }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: byte)
    count += 1
  }

  /// Appends the bytes of `buffer`.
  @inline(__always)
  mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    let length = buffer.count
    guard length > 0, let source = buffer.baseAddress else { return }
    if count + length > capacity { grow(to: count + length) }
    if length <= 8 {
      // A tag: a few stores are cheaper than a call to the general copy.
      for index in 0..<length { (base + count + index).initialize(to: source[index]) }
    } else {
      (base + count).initialize(from: source, count: length)
    }
    count += length
  }

  /// Reallocates to hold at least `needed` bytes, doubling the capacity at least; `realloc`
  /// keeps the bytes written.
  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, 2 * capacity)
    base = Self.bound(realloc(base, newCapacity), capacity: newCapacity)
    capacity = newCapacity
  }

  /// `memory` (from `malloc` or `realloc`) bound to bytes.
  private static func bound(_ memory: UnsafeMutableRawPointer?, capacity: Int)
    -> UnsafeMutablePointer<UInt8>
  {
    guard let memory else { preconditionFailure("out of memory for \(capacity) bytes") }
    return memory.bindMemory(to: UInt8.self, capacity: capacity)
  }
}
