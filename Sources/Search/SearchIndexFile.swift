/// One file of the search index.
public struct SearchIndexFile: Sendable, Equatable {
  /// Path relative to the site's output folder, e.g. `search/index.json` or `search/t/0.js`.
  public var path: String
  /// The file's content.
  public var bytes: [UInt8]

  /// Creates a file record.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The `.json` file `search/<key>.json` and its `.js` twin
  /// `pednetSearchLoaded("<key>", <json>);\n`.
  static func pair(key: String, json: [UInt8]) -> [SearchIndexFile] {
    var script = Array(scriptPrefix(key: key).utf8)
    script.reserveCapacity(script.count + json.count + 3)
    script.append(contentsOf: json)
    script.append(contentsOf: Array(scriptSuffix.utf8))
    return [
      SearchIndexFile(path: "search/\(key).json", bytes: json),
      SearchIndexFile(path: "search/\(key).js", bytes: script),
    ]
  }

  /// Bytes of the pair of files ``pair(key:json:)`` makes.
  static func pairBytes(key: String, json: [UInt8]) -> Int {
    2 * json.count + scriptPrefix(key: key).utf8.count + scriptSuffix.utf8.count
  }

  private static func scriptPrefix(key: String) -> String {
    "pednetSearchLoaded(\"\(key)\", "
  }

  private static let scriptSuffix = ");\n"
}
