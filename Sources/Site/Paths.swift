import Foundation

/// Path arithmetic on plain strings.
enum Paths {
  /// The absolute path with links resolved; for a missing path, its nearest existing parent
  /// resolved plus the rest.
  static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let parentPath = parent(of: path)
    if parentPath == path { return path }
    let base = canonical(parentPath)
    return (base == "/" ? "" : base) + "/" + lastComponent(of: path)
  }

  /// Whether `inner` is strictly inside `outer`.
  static func isInside(_ inner: String, _ outer: String) -> Bool {
    inner.hasPrefix(outer == "/" ? "/" : outer + "/") && inner != outer
  }

  /// The folder holding `path`.
  static func parent(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.utf8.lastIndex(of: slashByte) else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// The last part of `path`.
  static func lastComponent(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    return components(of: trimmed).last.map(String.init) ?? String(trimmed)
  }

  /// The `/`-separated parts of `path` that are not empty, split on bytes (Swift's
  /// `split(separator: "/")` walks characters and costs a hundred times more).
  static func components(of path: String) -> [Substring] {
    components(of: path[...])
  }

  /// The `/`-separated parts of `path` that are not empty.
  static func components(of path: Substring) -> [Substring] {
    let bytes = path.utf8
    var parts: [Substring] = []
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if bytes[index] == slashByte {
        if start != index { parts.append(path[start..<index]) }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start != bytes.endIndex { parts.append(path[start...]) }
    return parts
  }

  /// The part of the relative `path` before its last `/`, or "" when it has none.
  static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: slashByte) else { return "" }
    return String(path[..<slash])
  }

  private static let slashByte = UInt8(ascii: "/")

  /// `path` without the slashes it ends with (all but the first byte).
  private static func withoutTrailingSlashes(_ path: String) -> Substring {
    let bytes = path.utf8
    var end = bytes.endIndex
    while end != bytes.startIndex, bytes.index(before: end) != bytes.startIndex,
      bytes[bytes.index(before: end)] == slashByte
    {
      end = bytes.index(before: end)
    }
    return path[..<end]
  }

  /// `path` made absolute against `base` when relative.
  static func absolute(_ path: String, base: String) -> String {
    if path.hasPrefix("/") { return path }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    if relative == "." || relative.isEmpty { return base }
    return (base.hasSuffix("/") ? base : base + "/") + relative
  }

  /// Whether a folder has any entry at all (hidden ones included).
  static func hasEntries(_ folder: String) -> Bool {
    guard let handle = opendir(folder) else { return false }
    defer { closedir(handle) }
    while let entry = readdir(handle) {
      let name = FileSystem.entryName(entry)
      if name != "." && name != ".." { return true }
    }
    return false
  }
}
