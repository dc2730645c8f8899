import Foundation
import XCTest

@testable import Search

/// Reads back the files of a `SearchIndex` the way the JavaScript client does.
struct IndexReader {
  /// One decoded posting.
  struct Posting: Equatable {
    var document: Int
    var score: Int
    var inTitle: Int
  }

  let files: [String: [UInt8]]
  let entry: [String: Any]

  init(_ index: SearchIndex) throws {
    var files: [String: [UInt8]] = [:]
    for file in index.files() { files[file.path] = file.bytes }
    self.files = files
    entry = try XCTUnwrap(Self.object(files["search/index.json"]) as? [String: Any])
  }

  /// Decodes JSON bytes with `JSONSerialization`.
  static func object(_ bytes: [UInt8]?) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(bytes)), options: [])
  }

  /// The decoded JSON of `search/<key>.json`.
  func json(_ key: String) throws -> Any {
    try Self.object(files["search/\(key).json"])
  }

  /// First terms of the shards.
  var shardStarts: [String] { entry["shards"] as? [String] ?? [] }

  /// The shard that would hold `term`, by the rule of the entry file.
  func shardNumber(for term: String) -> Int? {
    var found: Int?
    for (number, start) in shardStarts.enumerated()
    where start.utf8.lexicographicallyPrecedes(term.utf8) || start == term {
      found = number
    }
    return found
  }

  /// The postings of `term`, decoded from its shard (nil when absent).
  func postings(of term: String) throws -> [Posting]? {
    guard let number = shardNumber(for: term),
      let shard = try json("t/\(number)") as? [String: [Int]],
      let flat = shard[term]
    else { return nil }
    return Self.decode(flat)
  }

  /// Turns `docDelta, score, inTitle` triples into postings with absolute ids.
  static func decode(_ flat: [Int]) -> [Posting] {
    var result: [Posting] = []
    var document = 0
    var index = 0
    while index + 2 < flat.count {
      document += flat[index]
      result.append(Posting(document: document, score: flat[index + 1], inTitle: flat[index + 2]))
      index += 3
    }
    return result
  }
}

/// A document with only the fields a test cares about set.
func document(
  _ url: String, title: String, body: String = "", kind: String = "page", date: String? = nil,
  summary: String = "", subject: String? = nil, grades: [Int] = [], tags: [String] = [],
  headings: [String] = []
) -> SearchDocument {
  SearchDocument(
    url: url, title: title, kind: kind, date: date, summary: summary, subject: subject,
    grades: grades, tags: tags, headings: headings, body: body)
}
