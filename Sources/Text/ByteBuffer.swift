import Foundation

/// A growable byte buffer that owns its memory: the one type every module writes output
/// into (HTML, rendered templates, JSON). Appending checks only the capacity, which is why it
/// beats an array (whose append also checks that its storage is unique).
///
/// Rules, which every accessor below keeps:
/// - Not copyable, so exactly one value owns the memory and frees it in `deinit`.
/// - The memory comes from `malloc` and grows with `realloc` (which may extend it in place),
///   bound to `UInt8`; `base[0..<count]` is initialized, the rest is not (`UInt8` is
///   trivial, so nothing needs deinitializing before `free`).
/// - A buffer may start in memory lent to it (`init(lent:)`), such as the free capacity of an
///   array being made; it never frees or grows lent memory: outgrowing it moves the bytes to
///   memory of its own (`ownsMemory` then says so) and leaves the lent memory as it was.
/// - `end` is valid only until the next write; a caller that writes through it reserves
///   first and commits after.
public struct ByteBuffer: ~Copyable {
  /// The memory, `capacity` bytes, of which the first `count` are written.
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  /// The bytes allocated (or lent).
  @usableFromInline var capacity: Int
  /// The bytes written.
  @usableFromInline var written = 0
  /// Whether `base` is this buffer's to free and grow, rather than lent to it.
  @usableFromInline var owned = true

  /// An empty buffer with room for `capacity` bytes (at least 16).
  public init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    base = RawMemory.allocateBytes(self.capacity)
  }

  /// An empty buffer writing into `memory`, which must stay valid while the buffer lives
  /// (memory of fewer than 64 bytes is not used: the buffer allocates its own).
  public init(lent memory: UnsafeMutableBufferPointer<UInt8>) {
    if let start = memory.baseAddress, memory.count >= 64 {
      base = start
      capacity = memory.count
      owned = false
    } else {
      capacity = 64
      base = RawMemory.allocateBytes(capacity)
    }
  }

  deinit {
    if owned { free(base) }
  }

  /// The bytes written.
  @inlinable public var count: Int { written }

  /// Whether the bytes live in memory of the buffer's own (false while in lent memory).
  @inlinable public var ownsMemory: Bool { owned }

  /// The last byte written, nil when there is none.
  @inlinable public var last: UInt8? { written > 0 ? base[written - 1] : nil }

  /// The byte at `index` (below `count`).
  @inlinable public subscript(index: Int) -> UInt8 {
    precondition(index >= 0 && index < written, "byte \(index) of \(written)")
    return base[index]
  }

  /// The bytes written, copied into an array.
  public var array: [UInt8] {
    Array(unsafeUninitializedCapacity: written) { buffer, initialized in
      if written > 0, let target = buffer.baseAddress {
        target.initialize(from: base, count: written)
      }
      initialized = written
    }
  }

  /// The bytes written, as a string (ill-formed UTF-8 repaired with U+FFFD).
  public var string: String {
    String(decoding: UnsafeBufferPointer(start: base, count: written), as: UTF8.self)
  }

  /// Appends the bytes written to `bytes`.
  public func append(to bytes: inout [UInt8]) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: written))
  }

  /// Calls `body` with the bytes written (valid only during the call).
  @inlinable
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeBufferPointer(start: base, count: written))
  }

  /// The first byte written; valid until the next write or `reserve`.
  @inlinable public var start: UnsafePointer<UInt8> { UnsafePointer(base) }

  /// Forgets the bytes written, keeping the memory for the next ones.
  @inlinable
  public mutating func removeAll() {
    written = 0
  }

  /// Where the next byte goes; valid until the next write or `reserve`.
  @inlinable public var end: UnsafeMutablePointer<UInt8> { base + written }

  /// Makes room for at least `extra` more bytes after `end`.
  @inlinable @inline(__always)
  public mutating func reserve(_ extra: Int) {
    if capacity - written < extra { grow(toHold: written + extra) }
  }

  /// Counts `length` bytes stored at `end` (after `reserve`) as written.
  @inlinable @inline(__always)
  public mutating func commit(_ length: Int) {
    written += length
  }

  /// Appends one byte.
  @inlinable @inline(__always)
  public mutating func append(_ byte: UInt8) {
    if written == capacity { grow(toHold: written + 1) }
    base[written] = byte
    written += 1
  }

  /// Appends `length` bytes from `start`. Up to 32 bytes (a tag, most text between tags) are
  /// copied inline, which is cheaper than calling `memcpy`.
  @inlinable @inline(__always)
  public mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
    reserve(length)
    if length <= 32 {
      ByteCopy.short(from: UnsafeRawPointer(start), to: UnsafeMutableRawPointer(end), length)
    } else {
      end.update(from: start, count: length)
    }
    written += length
  }

  /// Appends the bytes of `bytes`.
  @inlinable @inline(__always)
  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    append(start, count: bytes.count)
  }

  /// Appends the UTF-8 of an ASCII literal such as `<p>` or `"key":`.
  @inlinable
  public mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// Moves the bytes into larger memory, at least doubling it (`realloc` keeps the bytes).
  @usableFromInline
  mutating func grow(toHold needed: Int) {
    let larger = Swift.max(needed, capacity * 2)
    if owned {
      base = RawMemory.reallocateBytes(base, to: larger)
    } else {
      let memory = RawMemory.allocateBytes(larger)
      memory.initialize(from: base, count: written)
      base = memory
      owned = true
    }
    capacity = larger
  }
}

/// Copies of a few bytes without a call to `memcpy`.
public enum ByteCopy {
  /// Copies `length` bytes, at most 32, with a few loads and stores that may overlap: every
  /// access stays inside the `length` bytes of `source` and of `target`.
  @inlinable @inline(__always)
  public static func short(
    from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, _ length: Int
  ) {
    if length >= 16 {
      let first = source.loadUnaligned(as: (UInt64, UInt64).self)
      let last = source.loadUnaligned(fromByteOffset: length - 16, as: (UInt64, UInt64).self)
      target.storeBytes(of: first, as: (UInt64, UInt64).self)
      target.storeBytes(of: last, toByteOffset: length - 16, as: (UInt64, UInt64).self)
    } else if length >= 8 {
      let first = source.loadUnaligned(as: UInt64.self)
      let last = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      target.storeBytes(of: first, as: UInt64.self)
      target.storeBytes(of: last, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 {
      let first = source.loadUnaligned(as: UInt32.self)
      let last = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      target.storeBytes(of: first, as: UInt32.self)
      target.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
    } else if length > 0 {
      // Bytes 0, length / 2 and length - 1 cover lengths 1, 2 and 3.
      let first = source.load(as: UInt8.self)
      let middle = source.load(fromByteOffset: length >> 1, as: UInt8.self)
      let last = source.load(fromByteOffset: length - 1, as: UInt8.self)
      target.storeBytes(of: first, as: UInt8.self)
      target.storeBytes(of: middle, toByteOffset: length >> 1, as: UInt8.self)
      target.storeBytes(of: last, toByteOffset: length - 1, as: UInt8.self)
    }
  }
}
