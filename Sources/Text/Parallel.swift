import Foundation

/// Runs work on all cores with `DispatchQueue.concurrentPerform`, collecting one result per
/// task in task order: the project's one parallel map.
public enum Parallel {
  /// Number of worker threads to use.
  public static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// `body(i)` for every i in 0..<count, in parallel, one task per index; results in index
  /// order.
  public static func map<Result>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.set(index, body(index))
    }
    return slots.collect()
  }

  /// `transform` of every element, in parallel, in order. The elements go out in about 64
  /// chunks, so that tiny tasks do not pay a dispatch each.
  public static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let chunk = max(1, elements.count / 64)
    let chunkCount = (elements.count + chunk - 1) / chunk
    let slots = Slots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
      let start = chunkIndex * chunk
      for index in start..<min(start + chunk, elements.count) {
        slots.set(index, transform(elements[index]))
      }
    }
    return slots.collect()
  }

  /// Runs `workerCount` workers; each calls `body(worker, next)` where `next()` hands out the
  /// task indexes 0..<taskCount one at a time until none are left.
  public static func workers<State>(
    taskCount: Int, _ body: @Sendable (_ worker: Int, _ next: @Sendable () -> Int?) -> State
  ) -> [State] {
    let counter = TaskCounter(limit: taskCount)
    let count = max(1, min(workerCount, taskCount))
    return map(count: count) { worker in body(worker, counter.next) }
  }
}

/// Result slots written from several threads, each slot by exactly one task.
private final class Slots<Value>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    buffer = RawMemory.allocateBuffer(count: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func set(_ index: Int, _ value: Value) {
    buffer[index] = value
  }

  /// The values, all set by now (each task sets its slot before `concurrentPerform` returns).
  func collect() -> [Value] {
    buffer.map { $0! }
  }
}

/// Hands out increasing task indexes to several threads.
private final class TaskCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  private let limit: Int

  init(limit: Int) {
    self.limit = limit
  }

  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
