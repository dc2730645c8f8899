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
    base = .allocate(capacity: capacity)
    base.initialize(to: bottom)
    serials = .allocate(capacity: capacity)
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
    let larger = UnsafeMutablePointer<TemplateValue>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    let largerSerials = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
    largerSerials.update(from: serials, count: count)
    serials.deallocate()
    serials = largerSerials
    capacity *= 2
  }
}
