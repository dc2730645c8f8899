import XCTest

@testable import Markdown

/// Which `$`, `\(` and `\[` start formulas, and which stay text.
final class MathScannerTests: XCTestCase {
  private func formulas(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var scanner = MathScanner(bytes: bytes)
    scanner.scan(0..<bytes.count)
    return scanner.spans.map {
      ($0.display ? "D:" : "I:") + String(decoding: bytes[$0.content], as: UTF8.self)
    }
  }

  func testDelimiters() {
    XCTAssertEqual(formulas("a $x^2$ b"), ["I:x^2"])
    XCTAssertEqual(formulas("$$\\frac12$$"), ["D:\\frac12"])
    XCTAssertEqual(formulas("\\(\\sqrt{2}\\) и \\[a+b\\]"), ["I:\\sqrt{2}", "D:a+b"])
    XCTAssertEqual(formulas("$$a\nb$$"), ["D:a\nb"])
  }

  func testPricesAndSpacesStayText() {
    XCTAssertEqual(formulas("стоит 100 $ и 200 $"), [])
    XCTAssertEqual(formulas("от 5$ до 10$"), [])
    XCTAssertEqual(formulas("$5 и $7"), [])
    XCTAssertEqual(formulas("$ x$ и $x $"), [])
    XCTAssertEqual(formulas("$x$5"), [])
    XCTAssertEqual(formulas("\\$x$ и $$ $$"), [])
  }

  func testCodeTagsAndDestinationsAreSkipped() {
    XCTAssertEqual(formulas("`$x$` и ``a ` $y$``"), [])
    XCTAssertEqual(formulas("<span title=\"$x$\"> $y$"), ["I:y"])
    XCTAssertEqual(formulas("[$a$](http://e.ru/$b$) $c$"), ["I:a", "I:c"])
    XCTAssertEqual(formulas("` $x$"), ["I:x"])
  }

  func testEscapedDollarInsideFormula() {
    XCTAssertEqual(formulas("$a\\$b$"), ["I:a\\$b"])
  }

  func testStarsBetweenDigits() {
    var scanner = MathScanner(bytes: Array("2*2*2 = 8, *a*, 3**2, 2 * 3".utf8))
    scanner.scan(0..<scanner.bytes.count)
    XCTAssertEqual(scanner.stars, [1, 3, 17, 18])
  }
}
