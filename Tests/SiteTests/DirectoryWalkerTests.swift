import Foundation
import XCTest

@testable import Site

final class DirectoryWalkerTests: XCTestCase {
  func testSkipsHiddenFilesBackupsAndLinkLoops() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    for name in ["a/b/page.md", "a/.hidden.md", "a/page.md~", "a/.page.md.swp", "top.md"] {
      try "x".write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("a/b/up").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("a/b/again").path, withDestinationPath: "..")
    XCTAssertEqual(DirectoryWalker.files(under: root.path), ["a/b/page.md", "top.md"])
  }

  /// Issue 19: `ln -s /etc content/lessons/etc` published /etc; dangling links, pipes and
  /// folders past 64 levels vanished in silence.
  func testLinksOutLoopsDanglingLinksPipesAndDeepFoldersAreProblems() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    var deep = "d"
    for _ in 1...70 { deep += "/d" }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent(deep), withIntermediateDirectories: true)
    try "x".write(to: root.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
    let links = [
      "etc": "/etc", "gone.md": "nowhere.md", "self.md": "self.md", "same.md": "page.md",
    ]
    for (name, target) in links {
      try FileManager.default.createSymbolicLink(
        atPath: root.appendingPathComponent(name).path, withDestinationPath: target)
    }
    XCTAssertEqual(mkfifo(root.appendingPathComponent("pipe.md").path, 0o644), 0)
    let listing = try XCTUnwrap(DirectoryWalker.listing(under: root.path))
    XCTAssertEqual(listing.files, ["page.md", "same.md"])
    let problems = Dictionary(uniqueKeysWithValues: listing.problems.map { ($0.path, $0.message) })
    XCTAssertEqual(
      problems.keys.sorted(),
      [
        deep.split(separator: "/").prefix(64).joined(separator: "/"), "etc", "gone.md", "pipe.md",
        "self.md",
      ])
    XCTAssertTrue(problems["etc"]?.contains("outside the site's folder") ?? false)
    XCTAssertTrue(problems["gone.md"]?.contains("points to nothing") ?? false)
    XCTAssertTrue(problems["self.md"]?.contains("loop") ?? false)
    XCTAssertTrue(problems["pipe.md"]?.contains("not a regular file") ?? false)
    XCTAssertFalse(listing.problems.contains { $0.isError })
  }
}
