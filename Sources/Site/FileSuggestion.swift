import Foundation

/// "Did you mean…?" for a link to a missing file: the files whose names look alike, with the
/// path written the way the page's author would write it.
enum FileSuggestion {
  /// The existing file (relative to `content/`) closest to the missing `path` among
  /// `candidates`; see ``Candidates/closest(to:)``.
  static func closest(to path: String, in candidates: some Collection<String>) -> String? {
    Candidates(candidates).closest(to: path)
  }

  /// The files a suggestion may name, each split into folder, name and extension once and
  /// grouped by extension, with every answer remembered (the build asks again in later
  /// steps), so that a corpus with thousands of missing links and files stays fast.
  final class Candidates: @unchecked Sendable {
    private struct File {
      let path: String
      let folder: Substring
      let name: String
      let scalars: [Unicode.Scalar]
    }
    private let byExtension: [String: [File]]
    private let byName: [String: [File]]
    private let lock = NSLock()
    private var answers: [String: String?] = [:]

    /// The candidates among `paths` (relative to `content/`).
    init(_ paths: some Collection<String>) {
      var byExtension: [String: [File]] = [:]
      var byName: [String: [File]] = [:]
      for path in paths {
        let (folder, name, ext) = FileSuggestion.parts(of: path)
        let file = File(path: path, folder: folder, name: name, scalars: Array(name.unicodeScalars))
        byExtension[ext, default: []].append(file)
        byName[name, default: []].append(file)
      }
      self.byExtension = byExtension
      self.byName = byName
    }

    /// The file closest to the missing `path`: first a file with the same extension whose
    /// name is a typo away, then one whose name starts with the missing one's words
    /// (`umnozhenie` → `umnozhenie-drobey`), then a file with the same name and another
    /// extension; in each, one in the same folder first; nil rather than a guess.
    func closest(to path: String) -> String? {
      if let known = lock.withLock({ answers[path] }) { return known }
      let answer = search(for: path)
      lock.withLock { answers[path] = answer }
      return answer
    }

    private func search(for path: String) -> String? {
      let (folder, name, ext) = FileSuggestion.parts(of: path)
      let target = Array(name.unicodeScalars)
      let allowed = max(1, target.count / 4)
      var best: (rank: Int, distance: Int, path: String)?
      func consider(_ file: File, rank: Int, distance: Int) {
        let key = (rank + (file.folder == folder ? 0 : 1), distance, file.path)
        if let current = best, (current.rank, current.distance, current.path) <= key { return }
        best = key
      }
      for file in byExtension[ext] ?? [] {
        if let typo = Suggestion.editDistance(target, file.scalars, atMost: allowed) {
          consider(file, rank: 0, distance: typo)
        } else if file.name.hasPrefix(name + "-") || name.hasPrefix(file.name + "-") {
          consider(file, rank: 2, distance: Suggestion.editDistance(target, file.scalars))
        }
      }
      for file in byName[name] ?? [] where FileSuggestion.parts(of: file.path).ext != ext {
        consider(file, rank: 4, distance: 0)
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
