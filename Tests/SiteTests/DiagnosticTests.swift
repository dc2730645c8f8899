import XCTest

@testable import Site

/// Issue 19: a 1 MB address made a 2 MB error line; 100,000 broken links printed 100,000 lines.
final class DiagnosticTests: XCTestCase {
  func testLongMessagesKeepTheirStartAndTheirAdvice() {
    let address = String(repeating: "x", count: 1_000_000)
    let diagnostic = Diagnostic(
      .error, "content/a.md", line: 2, column: 3, "the link '\(address)' is broken: fix it")
    XCTAssertLessThan(diagnostic.description.count, 1100)
    XCTAssertTrue(diagnostic.message.hasPrefix("the link 'xxx"))
    XCTAssertTrue(diagnostic.message.hasSuffix("xxx' is broken: fix it"))
    XCTAssertTrue(diagnostic.message.contains("characters cut"))
    XCTAssertEqual(Diagnostic(.error, "a", "short").message, "short")
  }

  func testAtMostFiftyProblemsPerFileAreShownAndTheRestCounted() {
    let many = (1...120).map { Diagnostic(.error, "content/a.md", line: $0, "broken") }
    let other = Diagnostic(.warning, "content/b.md", line: 1, "odd")
    let shown = Diagnostic.shown(many + [other])
    XCTAssertEqual(shown.count, 52)
    XCTAssertEqual(
      shown[50].description,
      "content/a.md:1:1: error: 70 more problems in this file are not shown (70 errors, 0"
        + " warnings): fix the ones above and build again")
    XCTAssertEqual(shown[51], other)
  }
}
