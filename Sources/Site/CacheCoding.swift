/// Writes the build cache's records: numbers as eight little-endian bytes, byte strings as
/// their length and bytes. ``CacheReader`` reads them back in the same order.
struct CacheWriter {
  /// What was written.
  private(set) var bytes: [UInt8] = []

  /// An empty record.
  init() {}

  /// Appends a number.
  mutating func add(_ number: Int) {
    add(UInt64(bitPattern: Int64(number)))
  }

  /// Appends a 64-bit word.
  mutating func add(_ word: UInt64) {
    withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Appends a flag.
  mutating func add(_ flag: Bool) {
    add(flag ? 1 : 0)
  }

  /// Appends bytes with their count.
  mutating func add(_ data: [UInt8]) {
    add(data.count)
    bytes.append(contentsOf: data)
  }

  /// Appends a string's UTF-8 bytes with their count.
  mutating func add(_ text: String) {
    add(Array(text.utf8))
  }

  /// Appends a list: its count, then each item as `item` writes it.
  mutating func add<T>(_ items: [T], _ item: (inout CacheWriter, T) -> Void) {
    add(items.count)
    for element in items { item(&self, element) }
  }
}

/// Reads a record written by ``CacheWriter``; every read is checked against the record's end,
/// and a record that ends early or holds an impossible count reads as nil.
struct CacheReader {
  private let bytes: [UInt8]
  private var position = 0

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte was read.
  var isAtEnd: Bool { position == bytes.count }

  /// The next 64-bit word.
  mutating func word() -> UInt64? {
    guard bytes.count - position >= 8 else { return nil }
    let value = bytes.withUnsafeBytes {
      $0.loadUnaligned(fromByteOffset: position, as: UInt64.self)
    }
    position += 8
    return UInt64(littleEndian: value)
  }

  /// The next number.
  mutating func number() -> Int? {
    word().map { Int(Int64(bitPattern: $0)) }
  }

  /// The next flag.
  mutating func flag() -> Bool? {
    number().map { $0 != 0 }
  }

  /// The next byte string.
  mutating func data() -> [UInt8]? {
    guard let count = number(), count >= 0, count <= bytes.count - position else { return nil }
    defer { position += count }
    return Array(bytes[position..<position + count])
  }

  /// The next string.
  mutating func text() -> String? {
    data().map { String(decoding: $0, as: UTF8.self) }
  }

  /// The next list, each item read by `item`; nil when any item is.
  mutating func list<T>(_ item: (inout CacheReader) -> T?) -> [T]? {
    guard let count = number(), count >= 0, count <= (bytes.count - position) / 8 else {
      return nil
    }
    var items: [T] = []
    items.reserveCapacity(count)
    for _ in 0..<count {
      guard let element = item(&self) else { return nil }
      items.append(element)
    }
    return items
  }
}
