import CMark
import XCTest

@testable import Markdown

/// Cells and lines parsed apart, and mapped back to the body.
final class FragmentParserTests: XCTestCase {
  func testCellsBecomeOneParagraphOfInlines() throws {
    let body = SourceText(Array("| 1. a \\| b | # c |\n".utf8))
    var parser = FragmentParser()
    let first = parser.addCell(body, line: 1, range: 2..<11)
    let second = parser.addCell(body, line: 1, range: 14..<17)
    let auxiliary = parser.parse(body: body, options: CMARK_OPT_SOURCEPOS)
    XCTAssertEqual(
      String(decoding: auxiliary.bytes, as: UTF8.self), "\u{A0}1. a | b\n\n\u{A0}# c\n\n")
    for fragment in parser.fragments {
      XCTAssertEqual(fragment.nodes.count, 1)
      XCTAssertEqual(fragment.nodes.first?.type, CMARK_NODE_PARAGRAPH)
      for node in fragment.nodes { node.free() }
    }
    XCTAssertEqual(first, 0)
    XCTAssertEqual(second, 1)
    let cell = parser.fragments[0]
    XCTAssertEqual(cell.bodyLocation(line: 1, offset: 2).offset, 2)
    XCTAssertEqual(cell.bodyLocation(line: 1, offset: 10).offset, 11)
  }

  func testBlockFragmentsAreClosedOff() {
    let body = SourceText(Array("    code\n2. item\n[x]: /u\n".utf8))
    var parser = FragmentParser()
    _ = parser.addLines(body, [ContentLine(number: 1, range: 0..<8, isLazy: false)][...])
    _ = parser.addLines(body, [ContentLine(number: 2, range: 9..<16, isLazy: false)][...])
    _ = parser.parse(body: body, options: CMARK_OPT_SOURCEPOS)
    XCTAssertEqual(
      parser.fragments.map { $0.nodes.map(\.type) }, [[CMARK_NODE_CODE_BLOCK], [CMARK_NODE_LIST]])
    for fragment in parser.fragments { for node in fragment.nodes { node.free() } }
  }
}
