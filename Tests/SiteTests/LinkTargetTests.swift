import XCTest

@testable import Site

final class LinkTargetTests: XCTestCase {
  func testExternalDestinations() {
    for external in ["https://example.org", "mailto:a@b.ru", "//cdn.example.org/x.js", "tel:+7000"]
    {
      XCTAssertTrue(LinkTarget.isExternal(external), external)
    }
    for local in ["../lessons/drobi.md", "drobi.md#khod-uroka", ":odd", "5:30.md", "урок.md"] {
      XCTAssertFalse(LinkTarget.isExternal(local), local)
    }
  }

  func testSplitAnchorDecodesAndDropsTheQuery() {
    XCTAssertEqual(LinkTarget.splitAnchor("a%20b.md?x=1#khod-uroka").0, "a b.md")
    XCTAssertEqual(LinkTarget.splitAnchor("a%20b.md?x=1#khod-uroka").1, "khod-uroka")
    XCTAssertEqual(LinkTarget.splitAnchor("%D1%83%D1%80%D0%BE%D0%BA.md").0, "урок.md")
    XCTAssertNil(LinkTarget.splitAnchor("plain.md").1)
    XCTAssertEqual(LinkTarget.splitAnchor("broken%zz.md").0, "broken%zz.md")
  }

  func testNormalizeStaysInsideContent() {
    XCTAssertEqual(LinkTarget.normalize("../olympiads/./x.md", from: "lessons"), "olympiads/x.md")
    XCTAssertEqual(LinkTarget.normalize("/lessons/x.md", from: "seminars/2024"), "lessons/x.md")
    XCTAssertNil(LinkTarget.normalize("../../x.md", from: "lessons"))
    XCTAssertEqual(LinkTarget.normalize("x.md", from: ""), "x.md")
    XCTAssertEqual(LinkTarget.normalize("../x.md", from: "lessons"), "x.md")
    XCTAssertNil(LinkTarget.normalize("..", from: ""))
    XCTAssertEqual(LinkTarget.normalize("..//a/../b/", from: "s/t"), "s/b/")
    XCTAssertEqual(LinkTarget.normalize("./bundle/", from: "lessons"), "lessons/bundle/")
    XCTAssertEqual(LinkTarget.normalize("../../", from: "a/b"), "")
    XCTAssertEqual(
      LinkTarget.normalize("уроки/дроби.md", from: "семинары"), "семинары/уроки/дроби.md")
  }
}
