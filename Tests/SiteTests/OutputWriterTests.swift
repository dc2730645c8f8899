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
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output).filter {
      $0.hasPrefix(".pednet-staging-")
    }
    XCTAssertEqual(leftovers, [], "no staging folder is left behind")
  }

  func testANameTooLongForTheDiskIsALocatedErrorAndNothingChanges() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    XCTAssertTrue(SiteBuilder.build(options).succeeded)
    let output = site.path + "/public"
    let before = snapshot(output)
    let lesson = site.appendingPathComponent("content/lessons/slozhenie-drobey.md")
    let text = try String(contentsOf: lesson, encoding: .utf8)
    let tag = String(repeating: "дроби", count: 60)
    try text.replacingOccurrences(of: "tags: [дроби, ФГОС]", with: "tags: [\(tag)]").write(
      to: lesson, atomically: true, encoding: .utf8)
    let report = SiteBuilder.build(options)
    let messages = report.diagnostics.filter { $0.severity == .error }.map(\.message)
    XCTAssertTrue(
      messages.contains { $0.contains("too long to become a page") && $0.count < 400 },
      "\(messages)")
    XCTAssertEqual(snapshot(output), before)
  }

  func testASiteLargerThanTheLimitStopsTheBuildAndChangesNothing() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertTrue(SiteBuilder.build(BuildOptions(sourceDirectory: site.path)).succeeded)
    let output = site.path + "/public"
    let before = snapshot(output)
    StagingArea.sizeLimit = 50_000
    defer { StagingArea.sizeLimit = 8 << 30 }
    let about = site.appendingPathComponent("content/about.md")
    try (String(contentsOf: about, encoding: .utf8) + "\nЕщё.\n").write(
      to: about, atomically: true, encoding: .utf8)
    let report = SiteBuilder.build(BuildOptions(sourceDirectory: site.path))
    XCTAssertTrue(
      report.diagnostics.contains { $0.message.contains("would be larger than 0 MB") },
      "\(report.diagnostics)")
    XCTAssertEqual(snapshot(output), before)
  }

  func testAFailedFirstBuildLeavesNoOutputFolder() throws {
    let site = try TestSupport.copy("broken-yaml")
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertFalse(SiteBuilder.build(BuildOptions(sourceDirectory: site.path)).succeeded)
    XCTAssertFalse(FileSystem.exists(site.path + "/public"))
  }

  func testUnchangedFilesKeepTheirInodeAndTimeAndChangedOnesAreReplaced() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    let first = SiteBuilder.build(options)
    XCTAssertEqual(first.changes?.written.count, first.fileCount)
    let output = site.path + "/public"
    let before = stamps(output)
    let lesson = site.appendingPathComponent("content/lessons/slozhenie-drobey.md")
    try (String(contentsOf: lesson, encoding: .utf8) + "\nНовое слово.\n").write(
      to: lesson, atomically: true, encoding: .utf8)
    let second = SiteBuilder.build(options)
    XCTAssertTrue(second.succeeded)
    let written = try XCTUnwrap(second.changes?.written)
    XCTAssertTrue(written.contains("lessons/slozhenie-drobey/index.html"), "\(written)")
    XCTAssertLessThan(written.count, 10)
    let after = stamps(output)
    for (path, stamp) in before where !written.contains(path) {
      XCTAssertEqual(after[path], stamp, "\(path) was left alone")
    }
    for path in written { XCTAssertNotEqual(after[path], before[path], path) }
    XCTAssertEqual(second.changes?.unchangedCount, before.count - written.count)
  }

  func testFilesTheBuildDidNotMakeAreNeverRemoved() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    XCTAssertTrue(SiteBuilder.build(options).succeeded)
    let output = site.path + "/public"
    XCTAssertTrue(FileSystem.write(Array("mine".utf8), to: output + "/lessons/notes.txt"))
    try FileManager.default.removeItem(
      at: site.appendingPathComponent("content/lessons/procenty"))
    let report = SiteBuilder.build(options)
    XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
    XCTAssertTrue(report.changes?.removed.contains("lessons/procenty/index.html") ?? false)
    XCTAssertFalse(FileSystem.exists(output + "/lessons/procenty"), "its emptied folder too")
    XCTAssertEqual(FileSystem.read(output + "/lessons/notes.txt"), Array("mine".utf8))
  }

  func testALeftoverOfAKilledBuildIsRemoved() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let options = BuildOptions(sourceDirectory: site.path)
    XCTAssertTrue(SiteBuilder.build(options).succeeded)
    BuildKey.recentWindow = 0
    defer { BuildKey.recentWindow = 0.5 }
    XCTAssertTrue(SiteBuilder.build(options).succeeded, "a manifest with the build key")
    let output = site.path + "/public"
    // No process has a number this high (the kernel's limit is 2^22).
    let dead = output + "/.pednet-staging-99999999"
    XCTAssertTrue(FileSystem.makeFolders(dead + "/x"))
    let old = site.path + "/.public.staging-99999998"
    XCTAssertTrue(FileSystem.makeFolders(old))
    XCTAssertTrue(SiteBuilder.build(options).succeeded)
    XCTAssertFalse(FileSystem.exists(dead))
    XCTAssertFalse(FileSystem.exists(old))
  }

  func testAFolderMadeByAnOlderVersionIsTakenOver() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let output = site.path + "/public"
    XCTAssertTrue(FileSystem.makeFolders(output + "/old-section"))
    XCTAssertTrue(FileSystem.write(Array("old".utf8), to: output + "/old-section/index.html"))
    XCTAssertTrue(
      FileSystem.write(
        Array("This folder was made by pednet-build; it is replaced on every build.\n".utf8),
        to: output + "/.pednet-build"))
    let report = SiteBuilder.build(BuildOptions(sourceDirectory: site.path))
    XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
    XCTAssertEqual(report.changes?.removed, ["old-section/index.html"])
    XCTAssertFalse(FileSystem.exists(output + "/old-section"))
  }

  func testRefusesDangerousOutputFolders() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    let foreign = site.appendingPathComponent("foreign")
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    try "keep me".write(
      to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let holder = site.appendingPathComponent("other")
    try FileManager.default.createDirectory(
      at: holder.appendingPathComponent("content"), withIntermediateDirectories: true)
    try "".write(
      to: holder.appendingPathComponent(".pednet-build"), atomically: true, encoding: .utf8)
    let settings = try String(
      contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
    for (output, fragment) in [
      (site.path, "is the source folder"), ("/", "is '/'"),
      (foreign.path, "not made by pednet-build"),
      (site.deletingLastPathComponent().path, "contains the source folder"),
      (site.path + "/content/out", "inside 'content'"),
      (site.path + "/site.yml", "is a file, not a folder"),
      (site.path + "/layouts/404.mustache", "is a file, not a folder"),
      (holder.path, "holds a site of its own"),
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
    XCTAssertEqual(
      try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8), settings)
  }

  private func stamps(_ folder: String) -> [String: FileStamp] {
    var result: [String: FileStamp] = [:]
    for file in DirectoryWalker.files(under: folder) ?? [] {
      result[file] = FileStamp.of(folder + "/" + file)
    }
    return result
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
