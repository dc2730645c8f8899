import XCTest

@testable import Text

/// Growing moves every initialized value, references included, into the new memory.
final class RawMemoryTests: XCTestCase {
  func testGrowMovesTheValues() {
    var memory = RawMemory.allocate(String.self, count: 2)
    memory.initialize(to: "урок")
    (memory + 1).initialize(to: "дроби")
    memory = RawMemory.grow(memory, count: 2, to: 64)
    (memory + 2).initialize(to: "5 класс")
    XCTAssertEqual(
      Array(UnsafeBufferPointer(start: memory, count: 3)), ["урок", "дроби", "5 класс"])
    memory.deinitialize(count: 3)
    memory.deallocate()
  }
}
