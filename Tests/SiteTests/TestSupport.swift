import Foundation
import XCTest

/// Paths, temporary copies of fixture sites, and running the real `pednet-build` binary.
enum TestSupport {
  /// `Tests/Fixtures/`.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// A fresh copy of a fixture site in a temporary folder (builds write into it).
  static func copy(_ fixture: String) throws -> URL {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-\(fixture)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: target)
    return target
  }

  /// The `pednet-build` binary built beside the test bundle.
  static var binary: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("pednet-build")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("pednet-build")
  }

  /// What a run of the binary did.
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String

    /// `stderr` without the message ids after each line (` [E101]`), for tests of the
    /// wording; `MessageCatalogueTests` checks the ids.
    var messages: String {
      stderr.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.replacingOccurrences(of: #" \[[CE][0-9]{3}\]$"#, with: "", options: .regularExpression)
      }.joined(separator: "\n")
    }
  }

  /// Runs the program with `arguments`; commands speak English unless the arguments choose
  /// a language (`--lang`), so that tests of the wording read the English catalogue.
  static func run(_ arguments: [String], in folder: URL? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = binary
    // Usage errors and --help speak too, so every run but one choosing its language is English.
    let english = !arguments.contains { $0.hasPrefix("--lang") }
    process.arguments = arguments + (english ? ["--lang", "en"] : [])
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// The text of a file under `folder`, or nil.
  static func read(_ path: String, in folder: URL) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }
}
