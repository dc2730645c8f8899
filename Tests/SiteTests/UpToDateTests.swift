import Foundation
import XCTest

@testable import Site

final class UpToDateTests: XCTestCase {
  func testChangedListNamesWrittenAddedAndRemovedFiles() {
    var changes = OutputChanges(unchangedCount: 40)
    changes.written = ["index.html", "lessons/novyy/index.html"]
    changes.added = ["lessons/novyy/index.html"]
    changes.removed = ["lessons/staryy/index.html"]
    XCTAssertEqual(
      ChangeList.text(changes),
      "M\tindex.html\nA\tlessons/novyy/index.html\nD\tlessons/staryy/index.html\n")
  }

  func testTheCommandLineSaysWhatChangedAndWritesTheList() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let list = site.appendingPathComponent("changed.txt").path
    Thread.sleep(forTimeInterval: 0.6)  // inputs older than BuildKey.recentWindow
    let first = try TestSupport.run(["build", "--source", site.path, "--changed", list])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(first.stdout.contains("files changed, 0 removed, 0 unchanged"), first.stdout)
    XCTAssertTrue(try String(contentsOfFile: list, encoding: .utf8).contains("A\tindex.html\n"))
    let second = try TestSupport.run(["build", "--source", site.path, "--changed", list])
    XCTAssertTrue(second.stdout.contains("nothing changed since the last build"), second.stdout)
    XCTAssertEqual(try String(contentsOfFile: list, encoding: .utf8), "")
    let about = site.appendingPathComponent("content/about.md")
    try (String(contentsOf: about, encoding: .utf8) + "\nЕщё.\n").write(
      to: about, atomically: true, encoding: .utf8)
    let third = try TestSupport.run(["build", "--source", site.path, "--changed", list])
    XCTAssertTrue(third.stdout.contains(" removed, "), third.stdout)
    XCTAssertTrue(
      try String(contentsOfFile: list, encoding: .utf8).contains("M\tabout/index.html\n"))
  }
}
