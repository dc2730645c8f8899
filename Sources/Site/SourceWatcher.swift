#if canImport(Glibc)
  import Glibc
#endif

/// Notices changes in a site's sources by comparing a fingerprint of names, sizes and times.
public struct SourceWatcher: Sendable {
  /// The site's folder.
  let source: String

  /// A watcher of `source` (its `content/`, `layouts/`, `static/`, `themes/`, `i18n/` and config).
  public init(source: String) {
    self.source = Paths.absoluteFromCurrent(source)
  }

  /// A value that changes when any watched file is added, removed or modified.
  public func fingerprint() -> Int {
    var hasher = Hasher()
    for folder in ["content", "layouts", "static", "themes", "i18n"] {
      for file in DirectoryWalker.files(under: source + "/" + folder) ?? [] {
        hasher.combine(file)
        combineTimes(of: source + "/" + folder + "/" + file, into: &hasher)
      }
    }
    for file in ["site.yml"] { combineTimes(of: source + "/" + file, into: &hasher) }
    return hasher.finalize()
  }

  private func combineTimes(of path: String, into hasher: inout Hasher) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    hasher.combine(info.st_size)
    hasher.combine(info.st_mtim.tv_sec)
    hasher.combine(info.st_mtim.tv_nsec)
  }
}
