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
}
