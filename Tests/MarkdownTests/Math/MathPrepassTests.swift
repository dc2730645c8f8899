import XCTest

@testable import Markdown

/// Formulas found before cmark reads the page: they reach the HTML as MathML, untouched by
/// emphasis, escapes and typography, and the page's positions stay true.
final class MathPrepassTests: XCTestCase {
  private func html(_ markdown: String) -> String {
    Document(markdown: markdown).renderHTML()
  }

  func testDump() throws {
    let text = try String(contentsOfFile: "/tmp/t.md", encoding: .utf8)
    let document = Document(markdown: text)
    print(document.renderHTML())
    print(document.plainText)
    print(document.formulaWarnings)
  }
}
