import XCTest

@testable import Markdown

/// GFM extended autolinks found in plain text.
final class AutolinkScannerTests: XCTestCase {
  private func links(_ text: String, startAllowsWWW: Bool = true) -> [String] {
    let bytes = Array(text.utf8)
    let matches = bytes.withUnsafeBufferPointer {
      AutolinkScanner.matches(in: $0, startAllowsWWW: startAllowsWWW)
    }
    return matches.map { $0.prefix + String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  func testWWWAddresses() {
    XCTAssertEqual(links("Сайт www.school.ru/plan."), ["http://www.school.ru/plan"])
    XCTAssertEqual(links("(www.a.ru/x_(y))"), ["http://www.a.ru/x_(y)"])
    XCTAssertEqual(links("awww.a.ru www.a_b.c_d"), [])
    XCTAssertEqual(links("www.a.ru", startAllowsWWW: false), [])
    XCTAssertEqual(links("*www.a.ru*"), ["http://www.a.ru"])
  }

  func testSchemeAddresses() {
    XCTAssertEqual(
      links("см. https://resh.edu.ru/subject/12/, ftp://f.ru и http://а.рф"),
      ["https://resh.edu.ru/subject/12/", "ftp://f.ru", "http://а.рф"])
    XCTAssertEqual(links("xhttp://a.ru mailto://a.ru http:// x"), [])
    XCTAssertEqual(links("http://a.ru/?q=1&amp;"), ["http://a.ru/?q=1"])
    XCTAssertEqual(links("http://a.ru/he<lp"), ["http://a.ru/he"])
  }

  func testTrailingQuotesAndGuillemetsAreNotPartOfTheLink() {
    XCTAssertEqual(links("«http://a.ru» и “http://b.ru”"), ["http://a.ru", "http://b.ru"])
  }

  func testEmailAddresses() {
    XCTAssertEqual(
      links("Пишите: teacher.ivanova@school-1.ru."), ["mailto:teacher.ivanova@school-1.ru"])
    XCTAssertEqual(links("a@b a@b.c- a@b.c_ path/a@b.ru"), [])
    XCTAssertEqual(links("x+y@mail.example"), ["mailto:x+y@mail.example"])
  }
}
