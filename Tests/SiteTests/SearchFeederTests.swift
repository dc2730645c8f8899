import Foundation
import XCTest

@testable import Site

/// What the build hands to the search index: `search:` weights from a page or its folder's
/// `_index.md`, the people a page names, and a located error for a wrong `search:` value.
final class SearchFeederTests: XCTestCase {
  private func site(_ pages: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-searchfeeder-\(UUID().uuidString)")
    for (path, text) in pages {
      let file = root.appendingPathComponent("content/" + path)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    try "title: Сайт\n".write(
      to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    return root
  }

  /// The facet file's kind codes and the entry file's kinds, after a build of `root`.
  private func build(_ root: URL) throws -> (status: Int32, stderr: String, shards: String) {
    let output = root.appendingPathComponent("public")
    let outcome = try TestSupport.run(["build", "--source", root.path, "--output", output.path])
    var shards = ""
    let folder = output.appendingPathComponent("search/t")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    where name.hasSuffix(".json") {
      shards += TestSupport.read("search/t/" + name, in: output) ?? ""
    }
    return (outcome.status, outcome.stderr + outcome.stdout, shards)
  }

  func testSearchFalseAndFolderWeights() throws {
    let root = try site([
      "archive/_index.md": "---\ntitle: Архив\nsearch: false\n---\n",
      "archive/old.md": "---\ntitle: Старая версия\n---\nАрхивариус.\n",
      "notes/_index.md": "---\ntitle: Заметки\nsearch: 0.5\n---\n",
      "notes/own.md": "---\ntitle: Своя\nsearch: true\n---\nЛетописец.\n",
      "about.md": "---\ntitle: Страница\nsearch: false\n---\nОтшельник.\n",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try build(root)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertFalse(result.shards.contains("архивариус"), "the archive folder is out of search")
    XCTAssertFalse(result.shards.contains("отшельник"), "search: false on the page")
    XCTAssertTrue(
      result.shards.contains("летописец"), "a page's own search: wins over its folder's")
  }

  func testPeopleAreIndexedIntoTheirMaterials() throws {
    let root = try site([
      "portfolios/ivanova.md": "---\ntitle: Иванова\nname: Иванова Анна Петровна\n---\nО себе.\n",
      "lessons/drobi.md": "---\ntitle: Дроби\nauthor: ivanova\n---\nУрок.\n",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try build(root)
    XCTAssertEqual(result.status, 0, result.stderr)
    let postings = try XCTUnwrap(
      result.shards.range(of: #""иванов":\[[0-9,]*\]"#, options: .regularExpression))
    let triples = result.shards[postings].split(separator: "[")[1].split(separator: ",")
    XCTAssertEqual(triples.count, 6, "the portfolio and the lesson: \(result.shards[postings])")
  }

  func testAWrongSearchValueIsALocatedError() throws {
    let root = try site(["about.md": "---\ntitle: Страница\nsearch: иногда\n---\nТекст.\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try build(root)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("content/about.md:3:9: error: 'search' must be false"), result.stderr)
  }
}
