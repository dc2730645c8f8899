import Foundation
import XCTest

@testable import Site

final class PageBodyReaderTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("content/lessons"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(at: root)
  }

  private func write(_ text: String) throws {
    try Data(text.utf8).write(to: root.appendingPathComponent("content/lessons/drobi.md"))
  }

  private func load() throws -> (Page, DiagnosticBag) {
    let diagnostics = DiagnosticBag()
    let result = ContentLoader(sourceDirectory: root.path, diagnostics: diagnostics).load()
    return (try XCTUnwrap(result.pages.first), diagnostics)
  }

  func testTheBodyIsReadAgainAfterTheFrontMatter() throws {
    try write("\u{FEFF}---\r\ntitle: Дроби\r\n---\r\n# Сложение\r\n\r\nТекст.\r\n")
    let (page, diagnostics) = try load()
    let body = PageBodyReader(contentRoot: root.path + "/content", diagnostics: diagnostics)
      .body(of: page)
    XCTAssertEqual(body, "# Сложение\n\nТекст.\n")
    XCTAssertEqual(page.bodyFirstLine, 4)
    XCTAssertTrue(diagnostics.sorted.isEmpty)
  }

  func testAFileChangedSinceLoadingIsReported() throws {
    try write("---\ntitle: Дроби\n---\nТекст.\n")
    let (page, diagnostics) = try load()
    try write("---\ntitle: Дроби\n---\nДругой, более длинный текст.\n")
    let reader = PageBodyReader(contentRoot: root.path + "/content", diagnostics: diagnostics)
    XCTAssertNil(reader.body(of: page))
    XCTAssertEqual(diagnostics.sorted.map(\.path), ["content/lessons/drobi.md"])
    XCTAssertTrue(diagnostics.hasErrors)
  }

  func testAFileRemovedSinceLoadingIsReported() throws {
    try write("---\ntitle: Дроби\n---\nТекст.\n")
    let (page, diagnostics) = try load()
    try FileManager.default.removeItem(at: root.appendingPathComponent("content/lessons/drobi.md"))
    let reader = PageBodyReader(contentRoot: root.path + "/content", diagnostics: diagnostics)
    XCTAssertNil(reader.body(of: page))
    XCTAssertTrue(diagnostics.hasErrors)
  }
}
