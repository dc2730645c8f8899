import XCTest

@testable import FrontMatter

final class BlockScalarBodyTests: XCTestCase {
  func testLiteralJoinsWithLineFeeds() {
    var body = BlockScalarBody(literal: true)
    body.addLine(Array("a".utf8)[...], endsWithBreak: true)
    body.addEmptyLine()
    body.addLine(Array("b".utf8)[...], endsWithBreak: true)
    body.addEmptyLine()
    XCTAssertEqual(body.finish(keepingLastBreak: true, keepingEmptyLines: false), "a\n\nb\n")
    XCTAssertEqual(body.finish(keepingLastBreak: true, keepingEmptyLines: true), "a\n\nb\n\n")
    XCTAssertEqual(body.finish(keepingLastBreak: false, keepingEmptyLines: false), "a\n\nb")
  }

  func testFoldedSpacesEmptyLinesAndIndentedLines() {
    var body = BlockScalarBody(literal: false)
    for line in ["one", "two"] { body.addLine(Array(line.utf8)[...], endsWithBreak: true) }
    body.addEmptyLine()
    for line in ["three", "  code", "four"] {
      body.addLine(Array(line.utf8)[...], endsWithBreak: true)
    }
    XCTAssertEqual(
      body.finish(keepingLastBreak: true, keepingEmptyLines: false),
      "one two\nthree\n  code\nfour\n")
  }
}
