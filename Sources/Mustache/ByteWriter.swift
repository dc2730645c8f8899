/// The output of a render: bytes written straight into memory it owns, each write costing a
/// capacity check and a copy. `append(to:)` hands the bytes over at the end.
struct ByteWriter: ~Copyable {
  /// The bytes written so far, then free space.
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes fit before the memory must grow.
  private var capacity: Int
  /// How many bytes have been written.
  private(set) var count = 0

  /// An empty writer with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// Where the next byte goes; valid until the next write or `reserve`.
  var end: UnsafeMutablePointer<UInt8> { base + count }

  /// Makes room for at least `extra` more bytes after `end`.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if capacity - count < extra { grow(toHold: count + extra) }
  }

  /// Counts `written` bytes stored at `end` (after `reserve`) as written.
  @inline(__always)
  mutating func commit(_ written: Int) {
    count += written
  }

  /// Writes `length` bytes from `start`.
  @inline(__always)
  mutating func write(_ start: UnsafePointer<UInt8>, count length: Int) {
    reserve(length)
    (base + count).update(from: start, count: length)
    count += length
  }

  /// Writes `bytes`.
  @inline(__always)
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    write(start, count: bytes.count)
  }

  /// Writes one byte.
  @inline(__always)
  mutating func write(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends the bytes written to `buffer`.
  func append(to buffer: inout [UInt8]) {
    buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes written, as a string (invalid UTF-8 repaired).
  var string: String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  /// Moves the bytes into larger memory, at least doubling it.
  private mutating func grow(toHold needed: Int) {
    let larger = Swift.max(needed, capacity * 2)
    let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    memory.update(from: base, count: count)
    base.deallocate()
    base = memory
    capacity = larger
  }
}
