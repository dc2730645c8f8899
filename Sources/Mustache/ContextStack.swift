import Text

/// The context stack of one render: the values that names are looked up in, the last pushed on
/// top. Values are read in place (borrowed), never copied out to be inspected.
///
/// Each push gets a serial number greater than any before it, so serials grow from the bottom
/// up, and a level whose serial is at most the top serial of an earlier moment has not changed
/// since then (see `LookupMemo`).
struct ContextStack: ~Copyable {
  /// The values, bottom first.
  private var base: UnsafeMutablePointer<TemplateValue>
  /// The serial of each value.
  private var serials: UnsafeMutablePointer<Int>
  /// The serial the next push gets.
  private var nextSerial = 2
  /// How many values the buffer can hold before it must grow.
  private var capacity: Int
  /// How many values are on the stack.
  private(set) var count: Int

  /// A stack holding only `bottom`.
  init(bottom: TemplateValue) {
    capacity = 16
    base = RawMemory.allocate(count: capacity)
    base.initialize(to: bottom)
    serials = RawMemory.allocate(count: capacity)
    serials.initialize(to: 1)
    count = 1
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
    serials.deallocate()
  }

  /// The serial of the value at `level`.
  func serial(at level: Int) -> Int {
    serials[level]
  }

  /// The value at `level` (0 is the bottom).
  subscript(level: Int) -> TemplateValue {
    unsafeAddress { UnsafePointer(base + level) }
  }

  /// Puts `value` on top.
  mutating func push(_ value: consuming TemplateValue) {
    if count == capacity { grow() }
    (base + count).initialize(to: value)
    serials[count] = nextSerial
    nextSerial += 1
    count += 1
  }

  /// Removes the top value.
  mutating func pop() {
    count -= 1
    (base + count).deinitialize(count: 1)
  }

  /// Doubles the capacity.
  private mutating func grow() {
    base = RawMemory.grow(base, count: count, to: capacity * 2)
    serials = RawMemory.grow(serials, count: count, to: capacity * 2)
    capacity *= 2
  }
}
