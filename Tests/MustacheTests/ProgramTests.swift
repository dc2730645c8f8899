import XCTest

@testable import Mustache

final class ProgramTests: XCTestCase {
  private func program(_ text: String) throws -> Program {
    ProgramBuilder.program(
      try Compiler.compile(text, file: "f", resolve: Compiler.resolver(names: [:], strict: false)))
  }

  func testBodiesFollowTheirStepsAndEndsSkipThem() throws {
    let program = try program("a{{#s}}b{{v}}{{/s}}c")
    XCTAssertEqual(
      program.steps.map(\.operation), [.lineStart, .text, .section, .text, .value, .text])
    XCTAssertEqual(program.steps[2].end, 5)
    XCTAssertEqual(program.steps[4].end, 5)
    XCTAssertEqual(String(decoding: program.text, as: UTF8.self), "abc")
  }

  func testRepeatedNamesShareOneEntry() throws {
    let program = try program("{{a.b}}{{#a.b}}{{/a.b}}{{c}}{{items.0}}")
    XCTAssertEqual(program.names.count, 3)
    XCTAssertEqual(Array(program.parts), ["a", "b", "c", "items", "0"])
    XCTAssertEqual(Array(program.partIndexes), [-1, -1, -1, -1, 0])
  }

  func testMissingPartialsAreSteps() throws {
    let program = try program("{{>nowhere}}")
    XCTAssertEqual(program.steps.map(\.operation), [.missing])
  }
}
