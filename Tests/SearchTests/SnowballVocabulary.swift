import Foundation
import XCTest

/// A Snowball reference vocabulary copied into `Tests/SearchTests/snowball/<language>/`.
struct SnowballVocabulary {
  /// The words (`voc.txt`) and their expected stems (`output.txt`), line by line.
  let pairs: [(word: String, stem: String)]

  /// Loads the vocabulary of `language` relative to this file.
  init(language: String, filePath: String = #filePath) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("snowball").appendingPathComponent(language)
    let words = try Self.lines(of: folder.appendingPathComponent("voc.txt"))
    let stems = try Self.lines(of: folder.appendingPathComponent("output.txt"))
    XCTAssertEqual(words.count, stems.count, "voc.txt and output.txt differ in length")
    pairs = Array(zip(words, stems))
  }

  /// Stems every word and returns the mismatches as `word → got (expected)`.
  func mismatches(stem: (String) -> String) -> [String] {
    var found: [String] = []
    for (word, expected) in pairs {
      let got = stem(word)
      if got != expected { found.append("\(word) → \(got) (expected \(expected))") }
    }
    return found
  }

  private static func lines(of url: URL) throws -> [String] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
