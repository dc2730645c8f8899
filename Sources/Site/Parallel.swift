import Dispatch

/// Runs `transform` over every element on all cores and returns the results in order.
func parallelMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
  let results = ResultSlots<Result>(count: elements.count)
  let chunk = max(1, elements.count / 64)
  let chunkCount = (elements.count + chunk - 1) / chunk
  DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
    let start = chunkIndex * chunk
    let end = min(start + chunk, elements.count)
    for index in start..<end {
      results.store(transform(elements[index]), at: index)
    }
  }
  return results.values
}

/// Result storage written by many threads, each slot by exactly one of them.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = UnsafeMutableBufferPointer<Value?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    slots[index] = value
  }

  var values: [Value] {
    slots.map { $0! }
  }
}
