import CMark
import XCTest

@testable import Markdown

/// Where a block's content starts on its later lines inside block quotes and list items.
final class ContainerPrefixTests: XCTestCase {
  /// The content offsets of lines 2… of the first paragraph found in `markdown`.
  private func offsets(_ markdown: String) -> [String] {
    let root = Array(markdown.utf8).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS)
      }
    }
    guard let root = Node(root) else { return [] }
    defer { root.free() }
    let iterator = cmark_iter_new(root.raw)
    defer { cmark_iter_free(iterator) }
    var paragraph: Node?
    while paragraph == nil && cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      if let node = Node(cmark_iter_get_node(iterator)), node.type == CMARK_NODE_PARAGRAPH {
        paragraph = node
      }
    }
    guard let block = paragraph else { return [] }
    let prefix = ContainerPrefix(block: block, source: SourceText(Array(markdown.utf8)))
    return (block.startLine + 1...block.endLine).map {
      let (offset, lazy) = prefix.contentOffset(line: $0)
      return lazy ? "\(offset) lazy" : "\(offset)"
    }
  }

  func testBlockQuotes() {
    XCTAssertEqual(offsets("> a\n> b\n>c\n  > d\ne\n"), ["2", "1", "4", "0 lazy"])
  }

  func testListItems() {
    XCTAssertEqual(offsets("- a\n  b\n    c\nd\n"), ["2", "2", "0 lazy"])
    XCTAssertEqual(offsets("10. a\n    b\n   c\n"), ["4", "0 lazy"])
    XCTAssertEqual(offsets("-     code\n\n  a\n  b\n"), ["2"])
  }

  func testNestedContainers() {
    XCTAssertEqual(offsets("> 1. a\n>    b\n> c\n"), ["5", "2 lazy"])
    XCTAssertEqual(offsets("- > a\n  > b\n  c\n"), ["4", "2 lazy"])
  }

  func testTabs() {
    XCTAssertEqual(offsets("-\ta\n\tb\n"), ["1"])
    XCTAssertEqual(offsets(">\ta\n>\tb\n"), ["2"])
  }
}
