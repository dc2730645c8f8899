/// "Did you mean…?" for a link to a missing file: the files whose names look alike, with the
/// path written the way the page's author would write it.
enum FileSuggestion {
  /// The existing file (relative to `content/`) closest to the missing `path` among
  /// `candidates`; see ``Candidates/closest(to:)``.
  static func closest(to path: String, in candidates: some Collection<String>) -> String? {
    Candidates(candidates).closest(to: path)
  }

  /// The files a suggestion may name, each split into folder, name and extension once, so
  /// that a corpus with thousands of missing links and files stays linear in each.
  struct Candidates: Sendable {
    private struct File: Sendable {
      let path: String
      let folder: Substring
      let name: String
      let scalars: [Unicode.Scalar]
      let ext: String
    }
    private let files: [File]

    /// The candidates among `paths` (relative to `content/`).
    init(_ paths: some Collection<String>) {
      files = paths.map { path in
        let (folder, name, ext) = FileSuggestion.parts(of: path)
        return File(
          path: path, folder: folder, name: name, scalars: Array(name.unicodeScalars), ext: ext)
      }
    }

    /// The file closest to the missing `path`: first a file with the same extension whose
    /// name is a typo away, then one whose name starts with the missing one's words
    /// (`umnozhenie` → `umnozhenie-drobey`), then a file with the same name and another
    /// extension; in each, one in the same folder first; nil rather than a guess.
    func closest(to path: String) -> String? {
      let (folder, name, ext) = FileSuggestion.parts(of: path)
      let target = Array(name.unicodeScalars)
      let allowed = max(1, target.count / 4)
      var best: (rank: Int, distance: Int, path: String)?
      for file in files {
        let near = file.folder == folder ? 0 : 1
        let rank: Int
        var distance = 0
        if file.ext == ext {
          let typo =
            abs(file.scalars.count - target.count) <= allowed
            ? Suggestion.editDistance(target, file.scalars) : nil
          if let typo, typo <= allowed {
            (rank, distance) = (near, typo)
          } else if file.name.hasPrefix(name + "-") || name.hasPrefix(file.name + "-") {
            (rank, distance) = (2 + near, typo ?? Suggestion.editDistance(target, file.scalars))
          } else {
            continue
          }
        } else if file.name == name {
          rank = 4 + near
        } else {
          continue
        }
        let key = (rank, distance, file.path)
        if let current = best, (current.rank, current.distance, current.path) <= key { continue }
        best = key
      }
      return best?.path
    }
  }

  /// The folder, the lower-cased name without its extension and the lower-cased extension.
  static func parts(of path: String) -> (folder: Substring, name: String, ext: String) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { path[..<$0] } ?? ""
    let file = slash.map { path[path.index(after: $0)...] } ?? path[...]
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else {
      return (folder, file.lowercased(), "")
    }
    return (folder, file[..<dot].lowercased(), file[file.index(after: dot)...].lowercased())
  }

  /// The suggestion written as the author would: the written destination with its file name
  /// replaced when the file is in the folder the author pointed at, else the path from the
  /// page's folder.
  static func written(
    _ near: String, missing path: String, destination: String, from folder: String
  )
    -> String
  {
    let (nearFolder, _, _) = parts(of: near)
    let (missingFolder, _, _) = parts(of: path)
    let writtenPath =
      destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      .first ?? ""
    if nearFolder == missingFolder, !writtenPath.contains("%") {
      let name = near.split(separator: "/").last.map(String.init) ?? near
      let prefix = writtenPath.lastIndex(of: "/").map { writtenPath[...$0] } ?? ""
      return prefix + name
    }
    return relative(near, from: folder)
  }

  /// `target` (relative to `content/`) as a link written in a page of `folder`: the common
  /// folders dropped, `../` for each of the page's folders left.
  static func relative(_ target: String, from folder: String) -> String {
    let from = Paths.components(of: folder)
    var to = Paths.components(of: target)
    var common = 0
    while common < from.count && common < to.count - 1 && from[common] == to[common] {
      common += 1
    }
    to.removeFirst(common)
    return String(repeating: "../", count: from.count - common) + to.joined(separator: "/")
  }
}
