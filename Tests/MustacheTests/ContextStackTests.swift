import XCTest

@testable import Mustache

final class ContextStackTests: XCTestCase {
  func testPushAndPopPastTheFirstCapacity() {
    var stack = ContextStack(bottom: "bottom")
    for number in 0..<100 { stack.push(.int(number)) }
    XCTAssertEqual(stack.count, 101)
    XCTAssertEqual(stack[100], 99)
    for _ in 0..<100 { stack.pop() }
    XCTAssertEqual(stack.count, 1)
    XCTAssertEqual(stack[0], "bottom")
  }
}
