import XCTest

@testable import Mustache

final class CompilerTests: XCTestCase {
  func testByteOrderMarkIsDropped() throws {
    XCTAssertEqual(try render("\u{FEFF}<p>{{a}}</p>", ["a": "x"]), "<p>x</p>")
  }

  func testStructureErrorBeforeATagErrorComesFirst() {
    XCTAssertEqual(
      compileError("{{/a}}\n{{b"),
      TemplateError(
        file: "t.mustache", line: 1, column: 1,
        message: "closing tag 'a' has no open section to close"))
  }

  func testTagErrorComesFirstWhenSectionsAreOnlyOpen() {
    XCTAssertEqual(compileError("{{#a}}\n{{b")?.message, "unclosed tag: '{{' without '}}'")
  }

  func testTextSizeCountsLiteralBytes() throws {
    let nodes = try Compiler.compile(
      "ab{{#s}}cd{{/s}}{{x}}", file: "f", resolve: Compiler.resolver(names: [:], strict: false))
    XCTAssertEqual(Compiler.textSize(nodes), 4)
  }
}
