import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A key of everything a build reads: the options, the binary (which holds the default
/// theme and the schema), the config file, and the name, size, inode and times of every
/// file under the site's input folders. Equal keys mean the build would write the same
/// files, so a build whose key matches the manifest's has nothing to do.
///
/// A file changed within a moment of being looked at could keep its size and times (the
/// file system's clock moves in steps of milliseconds); such a key is marked not to be
/// trusted, and the next build then renders everything again.
struct BuildKey {
  /// The key as text.
  let value: String
  /// Whether some input changed so recently that the key may miss a later change.
  let isRecent: Bool

  /// How long after its last change an input counts as changed a moment ago, in seconds
  /// (tests that change files only between builds set it to 0).
  nonisolated(unsafe) static var recentWindow = 0.5

  /// The folders of the site the build reads from.
  static let inputFolders = SourceLayout.inputFolders

  /// The key of the build `options` asks for.
  init(_ options: BuildOptions) {
    let source = options.absoluteSource
    var hash = ContentHash()
    var newest = 0.0
    hash.add(
      "\(source)\n\(options.absoluteOutput)\n\(options.includeDrafts)\n\(options.baseURL ?? "-")")
    hash.add(options.todayKey)
    let config = options.layout.config
    for file in ["/proc/self/exe", config] { Self.add(file, to: &hash, newest: &newest) }
    for folder in Self.inputFolders {
      let root = source + "/" + folder
      hash.add("\u{1}" + folder)
      for file in DirectoryWalker.files(under: root) ?? [] {
        hash.add(file)
        Self.add(root + "/" + file, to: &hash, newest: &newest)
      }
    }
    value = hash.hex
    isRecent = newest > Date().timeIntervalSince1970 - Self.recentWindow
  }

  private static func add(_ path: String, to hash: inout ContentHash, newest: inout Double) {
    var info = stat()
    guard stat(path, &info) == 0 else { return hash.add(-1) }
    for number in [
      Int(info.st_size), Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec),
      Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec),
    ] {
      hash.add(number)
    }
    let changed = max(
      Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
      Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
    newest = max(newest, changed)
  }
}
