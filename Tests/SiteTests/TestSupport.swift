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
  }

  /// Runs `pednet-build` with `arguments` in `folder`.
  static func run(_ arguments: [String], in folder: URL? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
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
