import Text

/// What the last lookup of each name found during one render, so that a lookup repeated while
/// the context stack below its answer is unchanged skips searching those levels again.
///
/// An entry holds the serial of the stack's top when it was made (see `ContextStack`), the
/// level where the name was found (-1 for nowhere), and the value found, as a bit copy that
/// holds no reference: it is only read back while that level is still on the stack, which
/// keeps the value alive.
struct LookupMemo: ~Copyable {
  /// For each name, the top serial when its entry was made; 0 for no entry.
  private let serials: UnsafeMutablePointer<Int>
  /// For each name, the level where it was found, or -1.
  private let levels: UnsafeMutablePointer<Int>
  /// For each name, the bits of the value found.
  private let values: UnsafeMutableRawPointer
  /// How many names there are.
  private let count: Int

  /// Empty entries for `count` names.
  init(count: Int) {
    self.count = count
    serials = RawMemory.allocate(count: count)
    serials.initialize(repeating: 0, count: count)
    levels = RawMemory.allocate(count: count)
    levels.initialize(repeating: -1, count: count)
    values = RawMemory.allocateRaw(
      byteCount: Swift.max(count, 1) * MemoryLayout<TemplateValue>.stride,
      alignment: MemoryLayout<TemplateValue>.alignment)
  }

  deinit {
    serials.deallocate()
    levels.deallocate()
    values.deallocate()
  }

  /// The top serial when the entry of name `name` was made; 0 if there is none.
  func serial(of name: Int) -> Int {
    serials[name]
  }

  /// The level where name `name` was found, or -1.
  func level(of name: Int) -> Int {
    levels[name]
  }

  /// The value name `name` was found with; only valid while its level is unchanged.
  func value(of name: Int) -> TemplateValue {
    values.load(fromByteOffset: name * MemoryLayout<TemplateValue>.stride, as: TemplateValue.self)
  }

  /// Records that name `name` was found at `level` with `value`, when the top of the stack
  /// had serial `serial`.
  mutating func record(_ name: Int, serial: Int, level: Int, value: TemplateValue) {
    serials[name] = serial
    levels[name] = level
    withUnsafeBytes(of: value) { bits in
      (values + name * MemoryLayout<TemplateValue>.stride).copyMemory(
        from: bits.baseAddress!, byteCount: MemoryLayout<TemplateValue>.size)
    }
  }

  /// Records that the entry of name `name` still holds when the top of the stack has serial
  /// `serial` (the levels added since were searched in vain).
  mutating func refresh(_ name: Int, serial: Int) {
    serials[name] = serial
  }

  /// Records that name `name` was found nowhere, when the top of the stack had serial `serial`.
  mutating func recordMiss(_ name: Int, serial: Int) {
    serials[name] = serial
    levels[name] = -1
  }
}
