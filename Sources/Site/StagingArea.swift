import Foundation

/// The folder beside the output where a build writes its files while it renders them, so
/// no page has to wait in memory; swapped in by ``OutputWriter`` when everything is written.
final class StagingArea: @unchecked Sendable {
  /// The staging folder (absolute).
  let path: String
  private let lock = NSLock()
  private var folders: Set<String> = []
  private var firstFailure: String?
  private var written = 0

  /// Creates an empty staging folder at `path`; nil when it can't be created.
  init?(path: String) {
    self.path = path
    FileSystem.remove(path)
    guard FileSystem.makeFolders(path) else { return nil }
    folders.insert(path)
  }

  /// The first file that could not be written, if any.
  var failure: String? {
    lock.lock()
    defer { lock.unlock() }
    return firstFailure
  }

  /// How many files were written.
  var fileCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return written
  }

  /// Writes one file (thread-safe).
  func write(_ file: OutputFile) {
    let target = path + "/" + file.path
    let folder = Paths.parent(of: target)
    guard ensureFolder(folder) else { return fail(file.path) }
    let ok: Bool
    switch file.content {
    case .bytes(let bytes): ok = FileSystem.write(bytes, to: target)
    case .copy(let source):
      ok = FileSystem.read(source).map { FileSystem.write($0, to: target) } ?? false
    }
    guard ok else { return fail(file.path) }
    lock.lock()
    written += 1
    lock.unlock()
  }

  /// Writes files on all cores.
  func write(_ files: [OutputFile]) {
    _ = parallelMap(files) { file -> Bool in
      self.write(file)
      return true
    }
  }

  private func ensureFolder(_ folder: String) -> Bool {
    lock.lock()
    let known = folders.contains(folder)
    lock.unlock()
    if known { return true }
    guard FileSystem.makeFolders(folder) else { return false }
    lock.lock()
    folders.insert(folder)
    lock.unlock()
    return true
  }

  private func fail(_ path: String) {
    lock.lock()
    if firstFailure == nil { firstFailure = path }
    lock.unlock()
  }
}
