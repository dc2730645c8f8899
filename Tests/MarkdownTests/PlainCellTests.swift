import CMark
import XCTest

@testable import Markdown

/// Plain cells are exactly those cmark parses into one unchanged text node.
final class PlainCellTests: XCTestCase {
  private let samples = [
    "Организационный момент", "2", "Личностные: готовность к учению", "a | b", "x - y", "x -- y",
    "1. item", "# heading", "> quote", "tab\there", "3.14", "it's", "\"quoted\"", "a...b",
    "**bold**", "_under_", "`code`", "[x]", "![i](p.png)", "<b>", "&amp;", "a\\|b", "~~del~~",
    "www.example.com", "http://x.ru", "a@b.ru", "ёлка — ель", "a  b", "a\u{0B}b", "end.",
  ]

  /// The text children cmark makes of a cell line (guard included), or nil when the
  /// paragraph holds anything else.
  private func cmarkText(_ cell: String, smart: Bool) -> [String]? {
    let text = Array(("\u{A0}" + cell + "\n").utf8)
    let root = text.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, smart ? CMARK_OPT_SMART : 0)
      }
    }
    guard let document = Node(root) else { return nil }
    defer { document.free() }
    guard let paragraph = document.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
      paragraph.next == nil
    else { return nil }
    var result: [String] = []
    for child in paragraph.children {
      guard child.type == CMARK_NODE_TEXT else { return nil }
      result.append(String(decoding: child.literal, as: UTF8.self))
    }
    return result
  }

  private func isPlain(_ cell: String, smart: Bool, russian: Bool) -> Bool {
    withBytes(cell) { PlainCell(smart: smart, russian: russian).isPlain($0) }
  }

  func testPlainCellsAreOneUnchangedTextNode() {
    for smart in [false, true] {
      for russian in [false, true] {
        for sample in samples where isPlain(sample, smart: smart, russian: russian) {
          XCTAssertEqual(
            cmarkText(sample, smart: smart), ["\u{A0}" + sample], "\(sample) smart: \(smart)")
        }
      }
    }
  }

  func testWhatIsPlain() {
    XCTAssertTrue(isPlain("Организационный момент", smart: false, russian: true))
    XCTAssertTrue(isPlain("Личностные: готовность", smart: false, russian: true))
    XCTAssertTrue(isPlain("it's 3.14", smart: false, russian: true))
    XCTAssertFalse(isPlain("it's", smart: true, russian: false))
    XCTAssertFalse(isPlain("\"a\"", smart: false, russian: true))
    XCTAssertTrue(isPlain("\"a\"", smart: false, russian: false))
    XCTAssertFalse(isPlain("a -- b", smart: false, russian: true))
    XCTAssertFalse(isPlain("a\\|b", smart: false, russian: false))
    XCTAssertFalse(isPlain("tab\there", smart: false, russian: false))
    XCTAssertFalse(isPlain("www.example.com", smart: false, russian: false))
    XCTAssertFalse(isPlain("a~b", smart: false, russian: false))
    XCTAssertFalse(isPlain("", smart: false, russian: false))
  }
}
