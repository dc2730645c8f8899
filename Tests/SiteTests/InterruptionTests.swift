import Foundation
import XCTest

@testable import Site

/// Ctrl+C in the middle of a real build (the binary, a site big enough to take a while).
final class InterruptionTests: XCTestCase {
  func testAnInterruptedBuildLeavesThePreviousSiteWholeAndNoStagingFolder() throws {
    let site = try TestSupport.copy("full")
    defer { try? FileManager.default.removeItem(at: site) }
    for number in 0..<150 { try writeLesson(number, in: site, word: "первый") }
    let started = Date()
    XCTAssertEqual(try TestSupport.run(["build", "--source", site.path]).status, 0)
    let duration = Date().timeIntervalSince(started)
    let output = site.appendingPathComponent("public").path
    let before = snapshot(output)
    for number in 0..<150 { try writeLesson(number, in: site, word: "второй") }
    let process = Process()
    process.executableURL = TestSupport.binary
    process.arguments = ["build", "--quiet", "--source", site.path, "--lang", "en"]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    Thread.sleep(forTimeInterval: duration * 0.15)
    process.interrupt()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    print("interrupted after \(duration * 0.15) s: \(message)", terminator: "")
    let after = snapshot(output)
    let differing = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }
    if process.terminationReason == .uncaughtSignal {
      // The signal came before the build set up its handler: it wrote nothing.
      XCTAssertEqual(differing.sorted(), [], "a build killed at its start changed nothing")
    } else if message.contains("the previous output was left as it was") {
      XCTAssertEqual(process.terminationStatus, 130)
      XCTAssertEqual(differing.sorted(), [], "the interrupted build changed nothing")
    } else {
      XCTAssertTrue(
        message.contains("after the output was fully written") || message.isEmpty, message)
      XCTAssertTrue(differing.contains("lessons/urok-1/index.html"), "the new site is whole")
    }
    let hidden = try FileManager.default.contentsOfDirectory(atPath: output).filter {
      $0.hasPrefix(".pednet-staging-")
    }
    XCTAssertEqual(hidden, [])
  }

  private func writeLesson(_ number: Int, in site: URL, word: String) throws {
    let text =
      "---\ntitle: Урок \(number)\ndate: 2024-01-01\nsubject: математика\ngrade: 5\nauthor: petrova-olga\n---\n"
      + String(repeating: "Текст урока \(word), слово \(number). ", count: 100) + "\n"
    try text.write(
      to: site.appendingPathComponent("content/lessons/urok-\(number).md"), atomically: false,
      encoding: .utf8)
  }

  private func snapshot(_ folder: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for file in DirectoryWalker.files(under: folder) ?? [] {
      files[file] = FileSystem.read(folder + "/" + file)
    }
    return files
  }
}
