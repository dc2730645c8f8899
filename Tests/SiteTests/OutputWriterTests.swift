import Foundation
import XCTest

@testable import Site

final class OutputWriterTests: XCTestCase {
  func testFailedBuildLeavesThePreviousOutputUntouched() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    XCTAssertTrue(SiteBuilder.build(options).succeeded)
    let output = site.path + "/public"
    let before = snapshot(output)
    try "---\ntitle: [сломано\n---\n".write(
      to: site.appendingPathComponent("content/lessons/broken.md"), atomically: true,
      encoding: .utf8)
    let report = SiteBuilder.build(options)
    XCTAssertFalse(report.succeeded)
    XCTAssertEqual(snapshot(output), before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter {
      $0.hasPrefix(".public.")
    }
    XCTAssertEqual(leftovers, [], "no staging folder is left behind")
  }

  func testRefusesDangerousOutputFolders() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let foreign = site.appendingPathComponent("foreign")
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    try "keep me".write(
      to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    for (output, fragment) in [
      (site.path, "is the source folder"), ("/", "is '/'"),
      (foreign.path, "not made by pednet-build"),
      (site.deletingLastPathComponent().path, "contains the source folder"),
      (site.path + "/content/out", "inside 'content'"),
    ] {
      var options = BuildOptions(sourceDirectory: site.path)
      options.outputDirectory = output
      let report = SiteBuilder.build(options)
      XCTAssertFalse(report.succeeded, output)
      XCTAssertTrue(
        report.diagnostics.first?.message.contains(fragment) ?? false,
        "\(output): \(report.diagnostics)")
    }
    XCTAssertEqual(
      try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8),
      "keep me")
  }

  private func snapshot(_ folder: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for file in DirectoryWalker.files(under: folder) ?? [] {
      files[file] = FileSystem.read(folder + "/" + file)
    }
    files[".pednet-build"] = FileSystem.read(folder + "/.pednet-build")
    return files
  }
}
