import Foundation
import XCTest

@testable import Site

/// Issue 19: a slug or tag too long for a file name said only "cannot write … into the output".
final class URLPlannerTests: XCTestCase {
  func testSlugsAndTagsTooLongForAFileNameAreErrorsAtThePage() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pednet-slug-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    let notes = site.appendingPathComponent("content/notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let long = String(repeating: "щ", count: 60)
    try "---\ntitle: y\n---\nx\n".write(
      to: notes.appendingPathComponent(long + ".md"), atomically: true, encoding: .utf8)
    try "---\ntitle: x\ntags: [\(long)]\n---\nx\n".write(
      to: notes.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let report = SiteBuilder.build(BuildOptions(sourceDirectory: site.path))
    let messages = report.diagnostics.map(\.description)
    XCTAssertFalse(report.succeeded)
    XCTAssertTrue(
      messages.contains {
        $0.hasPrefix("content/notes/\(long).md:1:1: error: the page's address 'shch")
          && $0.hasSuffix(
            "has 240 letters, more than a file name can hold (200): give the page a"
              + " shorter 'slug:' or file name")
      }, "\(messages)")
    XCTAssertTrue(
      messages.contains {
        $0.hasPrefix("content/notes/a.md:1:1: error: tags '\(long)' is too long to become a page")
      }, "\(messages)")
    XCTAssertFalse(messages.contains { $0.contains("cannot write") }, "\(messages)")
  }
}
