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
    XCTAssertEqual(body, Array("# Сложение\n\nТекст.\n".utf8))
    XCTAssertFalse(page.isPlainUTF8, "a BOM and CRLF line ends make the text differ from the bytes")
    XCTAssertEqual(page.bodyFirstLine, 4)
    XCTAssertTrue(diagnostics.sorted.isEmpty)
  }

  func testAPlainUTF8FileIsReadAgainAsItIs() throws {
    try write("---\ntitle: Дроби\n---\n## Ход урока\n\nТекст.\n")
    let (page, diagnostics) = try load()
    XCTAssertTrue(page.isPlainUTF8)
    let reader = PageBodyReader(contentRoot: root.path + "/content", diagnostics: diagnostics)
    XCTAssertEqual(reader.body(of: page), Array("## Ход урока\n\nТекст.\n".utf8))
  }

  func testAFileSavedAgainWithTheSameTextIsStillRead() throws {
    let text = "---\ntitle: Дроби\n---\nТекст.\n"
    try write(text)
    let (page, diagnostics) = try load()
    page.fileStamp = FileStamp()
    let reader = PageBodyReader(contentRoot: root.path + "/content", diagnostics: diagnostics)
    XCTAssertEqual(reader.body(of: page), Array("Текст.\n".utf8))
    XCTAssertFalse(diagnostics.hasErrors)
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
