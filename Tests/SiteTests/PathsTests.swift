import XCTest

@testable import Site

final class PathsTests: XCTestCase {
  func testComponentsSkipEmptyPartsAndKeepEveryScript() {
    XCTAssertEqual(Paths.components(of: "lessons/drobi.md"), ["lessons", "drobi.md"])
    XCTAssertEqual(Paths.components(of: "/a//b/"), ["a", "b"])
    XCTAssertEqual(
      Paths.components(of: "уроки/дроби 5 класс/index.md"), ["уроки", "дроби 5 класс", "index.md"])
    XCTAssertEqual(Paths.components(of: ""), [])
    XCTAssertEqual(Paths.components(of: "///"), [])
    XCTAssertEqual(Paths.components(of: "é/ё"), ["é", "ё"])
  }

  func testComponentsAgreeWithSplittingOnRandomPaths() {
    let pieces = ["/", "a", "ж", "..", ".", "é", " ", "𝄞"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let path = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      XCTAssertEqual(
        Paths.components(of: path).map(String.init),
        path.split(separator: "/").map(String.init), path)
    }
  }

  func testFolderParentAndLastComponent() {
    XCTAssertEqual(Paths.folder(of: "lessons/drobi"), "lessons")
    XCTAssertEqual(Paths.folder(of: "уроки/темы/дроби"), "уроки/темы")
    XCTAssertEqual(Paths.folder(of: "drobi"), "")
    XCTAssertEqual(Paths.parent(of: "/srv/site/public/"), "/srv/site")
    XCTAssertEqual(Paths.parent(of: "/public"), "/")
    XCTAssertEqual(Paths.parent(of: "public"), ".")
    XCTAssertEqual(Paths.parent(of: "/"), "/")
    XCTAssertEqual(Paths.lastComponent(of: "/srv/сайт//"), "сайт")
    XCTAssertEqual(Paths.lastComponent(of: "/"), "/")
    XCTAssertEqual(Paths.lastComponent(of: "name"), "name")
  }
}
