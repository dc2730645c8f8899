/// The output of a render: bytes written straight into memory, each write costing a capacity
/// check and a copy. `append(to:)` hands the bytes over at the end.
///
/// The memory is the writer's own, or memory lent to it (`init(lent:)`), such as the free
/// capacity of an array being made; a writer that outgrows lent memory moves to memory of its
/// own, leaving the lent memory as it is.
struct ByteWriter: ~Copyable {
  /// The bytes written so far, then free space.
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes fit before the memory must grow.
  private var capacity: Int
  /// How many bytes have been written.
  private(set) var count = 0
  /// Whether `base` is the writer's to free, rather than lent to it.
  private(set) var ownsMemory = true

  /// An empty writer with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// An empty writer writing into `memory`, which must stay valid while the writer lives.
  init(lent memory: UnsafeMutableBufferPointer<UInt8>) {
    if let start = memory.baseAddress, memory.count >= 64 {
      base = start
      capacity = memory.count
      ownsMemory = false
    } else {
      capacity = 64
      base = .allocate(capacity: capacity)
    }
  }

  deinit {
    if ownsMemory { base.deallocate() }
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

  /// Writes `length` bytes from `start`. Up to 32 bytes (most text between tags) are copied
  /// inline, which is cheaper than calling `memcpy`.
  @inline(__always)
  mutating func write(_ start: UnsafePointer<UInt8>, count length: Int) {
    reserve(length)
    if length <= 32 {
      Self.copyShort(
        from: UnsafeRawPointer(start), to: UnsafeMutableRawPointer(base + count), length)
    } else {
      (base + count).update(from: start, count: length)
    }
    count += length
  }

  /// Copies `length` bytes, at most 32, with a few loads and stores that may overlap: every
  /// access stays inside the `length` bytes of `source` and of `target`.
  @inline(__always)
  static func copyShort(
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
    if ownsMemory { base.deallocate() }
    ownsMemory = true
    base = memory
    capacity = larger
  }
}
