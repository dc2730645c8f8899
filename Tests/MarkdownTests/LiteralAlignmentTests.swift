import XCTest

@testable import Markdown

/// Lining up literals with their source: escapes, entities, smart punctuation.
final class LiteralAlignmentTests: XCTestCase {
  private func align(_ literal: String, _ source: String) -> LiteralAlignment? {
    withBytes(literal) { literalBytes in
      withBytes(source) { LiteralAlignment(literal: literalBytes, source: $0) }
    }
  }

  func testEscapesAndEntitiesAreProtected() throws {
    let alignment = try XCTUnwrap(align("~a~ \"b\" ё", "\\~a&#126; &quot;b&quot; &#x451;"))
    XCTAssertEqual(
      alignment.isProtected, [true, false, true, false, true, false, true, false, true, true])
    XCTAssertEqual(alignment.sourceOffset, [0, 2, 3, 9, 10, 16, 17, 23, 24, 24])
  }

  func testNamedEntitiesAndUnknownOnes() throws {
    let alignment = try XCTUnwrap(align("a — &foo; b", "a &mdash; &foo; b"))
    XCTAssertEqual(alignment.isProtected.filter { $0 }.count, 3)
    XCTAssertEqual(alignment.sourceOffset.last, 16)
  }

  func testSmartPunctuationIsUndone() throws {
    let alignment = try XCTUnwrap(align("“a” – b… c’", "\"a\" -- b... c'"))
    XCTAssertFalse(alignment.isProtected.contains(true))
    XCTAssertEqual(alignment.sourceOffset[3], 1)
    XCTAssertEqual(alignment.sourceOffset[8], 4)
  }

  func testMismatchFails() {
    XCTAssertNil(align("abc", "abd"))
    XCTAssertNil(align("abcd", "abc"))
  }
}
