import Foundation
import XCTest

@testable import Site

final class InotifyWatcherTests: XCTestCase {
  func testTellsOfNewChangedAndDeletedFilesAlsoInNewFoldersButNotOfHiddenOnes() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent(
      "watch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    let content = site.appendingPathComponent("content")
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("lessons"), withIntermediateDirectories: true)
    let watcher = try XCTUnwrap(
      InotifyWatcher(roots: [content.path], parent: site.path, files: ["site.yml"]))
    XCTAssertFalse(watcher.waitForChange(timeout: 0.1), "nothing happened")
    try "a".write(
      to: content.appendingPathComponent("lessons/a.md"), atomically: false, encoding: .utf8)
    XCTAssertTrue(watcher.waitForChange(timeout: 1))
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("seminars"), withIntermediateDirectories: true)
    XCTAssertTrue(watcher.waitForChange(timeout: 1))
    try "b".write(
      to: content.appendingPathComponent("seminars/b.md"), atomically: false, encoding: .utf8)
    XCTAssertTrue(watcher.waitForChange(timeout: 1), "a file in a folder made after the start")
    try "x".write(
      to: content.appendingPathComponent("lessons/.a.md.swp"), atomically: false, encoding: .utf8)
    try "x".write(to: site.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
    XCTAssertFalse(
      watcher.waitForChange(timeout: 0.2), "an editor's swap file, a file beside the site")
    try "title: x\n".write(
      to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    XCTAssertTrue(watcher.waitForChange(timeout: 1), "the settings")
    try FileManager.default.removeItem(at: content.appendingPathComponent("lessons/a.md"))
    XCTAssertTrue(watcher.waitForChange(timeout: 1))
  }
}
