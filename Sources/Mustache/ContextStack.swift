/// The context stack of one render: the values that names are looked up in, the last pushed on
/// top. Values are read in place (borrowed), never copied out to be inspected.
struct ContextStack: ~Copyable {
  /// The values, bottom first.
  private var base: UnsafeMutablePointer<TemplateValue>
  /// How many values the buffer can hold before it must grow.
  private var capacity: Int
  /// How many values are on the stack.
  private(set) var count: Int

  /// A stack holding only `bottom`.
  init(bottom: TemplateValue) {
    capacity = 16
    base = .allocate(capacity: capacity)
    base.initialize(to: bottom)
    count = 1
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// The value at `level` (0 is the bottom).
  subscript(level: Int) -> TemplateValue {
    unsafeAddress { UnsafePointer(base + level) }
  }

  /// Puts `value` on top.
  mutating func push(_ value: consuming TemplateValue) {
    if count == capacity { grow() }
    (base + count).initialize(to: value)
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
    capacity *= 2
  }
}
