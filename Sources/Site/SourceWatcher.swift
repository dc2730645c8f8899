#if canImport(Glibc)
  import Glibc
#endif

/// Notices changes in a site's sources: from the kernel (inotify) when it can, else by
/// comparing a fingerprint of names, sizes and times once a second.
public final class SourceWatcher: @unchecked Sendable {
  /// The site's folder.
  let source: String
  private let kernel: InotifyWatcher?
  private var last = 0

  /// A watcher of `source` (its `content/`, `layouts/`, `static/`, `themes/`, `i18n/` and
  /// `site.yml`).
  public init(source: String) {
    let root = Paths.absoluteFromCurrent(source)
    self.source = root
    kernel = InotifyWatcher(
      roots: BuildKey.inputFolders.map { root + "/" + $0 }, parent: root,
      files: [SourceLayout.configFile] + BuildKey.inputFolders)
    if kernel == nil { last = fingerprint() }
  }

  /// Whether the kernel tells of changes (else the folders are listed every second).
  public var usesKernelEvents: Bool { kernel != nil }

  /// Waits up to a second; true when some watched file was added, removed or modified.
  public func waitForChange() -> Bool {
    if let kernel { return kernel.waitForChange(timeout: 1) }
    sleep(1)
    let now = fingerprint()
    defer { last = now }
    return now != last
  }

  /// A value that changes when any watched file is added, removed or modified.
  public func fingerprint() -> Int {
    var hasher = Hasher()
    for folder in BuildKey.inputFolders {
      for file in DirectoryWalker.files(under: source + "/" + folder) ?? [] {
        hasher.combine(file)
        combineTimes(of: source + "/" + folder + "/" + file, into: &hasher)
      }
    }
    for file in [SourceLayout.configFile] { combineTimes(of: source + "/" + file, into: &hasher) }
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
