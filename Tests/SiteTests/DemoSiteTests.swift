import Foundation
import XCTest

@testable import Site

/// The demo site in `content/` with `site.example`: it must check clean and stay light.
final class DemoSiteTests: XCTestCase {
  private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private func options(output: String? = nil) -> BuildOptions {
    var options = BuildOptions(sourceDirectory: repository.path)
    options.configFile = repository.appendingPathComponent("site.example").path
    options.outputDirectory = output
    return options
  }

  func testDemoChecksWithoutDiagnostics() {
    let report = SiteBuilder.check(options())
    XCTAssertEqual(report.diagnostics.map(\.description), [])
    XCTAssertGreaterThanOrEqual(report.pageCount, 8)
  }

  func testEveryPageWithoutImagesIsAtMost30KilobytesGzipped() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demo-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let report = SiteBuilder.build(options(output: output.path))
    XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
    let css = try gzipSize(output.appendingPathComponent("style.css"))
    let script = try gzipSize(output.appendingPathComponent("search.js"))
    let pages = (DirectoryWalker.files(under: output.path) ?? []).filter { $0.hasSuffix(".html") }
    XCTAssertGreaterThan(pages.count, 20)
    for page in pages {
      let url = output.appendingPathComponent(page)
      let html = try String(contentsOf: url, encoding: .utf8)
      let total = try gzipSize(url) + css + (html.contains("search.js") ? script : 0)
      XCTAssertLessThanOrEqual(total, 30 * 1024, "\(page) transfers \(total) bytes gzipped")
    }
  }

  /// The size of a file compressed by `gzip -9` (the way web servers send it).
  private func gzipSize(_ file: URL) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-9", "-c", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data.count
  }
}
