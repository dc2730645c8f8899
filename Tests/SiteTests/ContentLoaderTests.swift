import XCTest

/// A page whose front matter can't be read is one error, not three: it keeps its place in
/// the site, so that links to it and references to its portfolio are not reported too.
final class ContentLoaderTests: XCTestCase {
  func testABrokenFrontMatterDoesNotBlameOtherPages() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-loader-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for folder in ["content/lessons/opyt", "content/portfolios"] {
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let files = [
      "site.yml": "title: Сайт\n",
      "content/lessons/drobi.md": "---\ntitle: Дроби\n\tsummary: с табуляцией\n---\nТекст.\n",
      "content/lessons/opyt/index.md": "---\ntitle: [Опыт\n---\nТекст.\n",
      "content/portfolios/ivanova.md": "---\ntitle: Иванова\nname: Иванова Анна\n---\n"
        + "[Мой урок](../lessons/drobi.md), [опыт](../lessons/opyt/index.md).\n",
    ]
    for (path, text) in files {
      try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
    let outcome = try TestSupport.run(["check", "--source", root.path])
    XCTAssertEqual(outcome.status, 1)
    let errors = outcome.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    XCTAssertEqual(errors.count, 2, outcome.stderr)
    XCTAssertTrue(errors[0].hasPrefix("content/lessons/drobi.md:3:1: error: "), outcome.stderr)
    XCTAssertTrue(errors[1].hasPrefix("content/lessons/opyt/index.md:2:8: error: "), outcome.stderr)
    XCTAssertFalse(outcome.stderr.contains("ivanova"), outcome.stderr)
  }
}
