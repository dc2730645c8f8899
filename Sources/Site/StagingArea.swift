import Foundation
import Text

#if canImport(Glibc)
  import Glibc
#endif

/// Where a build puts its files while it renders them: a file whose bytes match what the
/// output folder already holds (by the manifest's hash and the file's unchanged stamp) is
/// only noted; any other is written into a hidden staging folder inside the output, to be
/// moved into place by ``OutputWriter/commit(_:)``. Nothing in the output changes before that.
final class StagingArea: @unchecked Sendable {
  /// The staging folder (absolute), inside the output folder.
  let path: String
  /// The output folder (absolute).
  let output: String
  /// What the output folder held before this build.
  let previous: OutputManifest
  /// Whether this build created the output folder (removed again if the build fails).
  let createdOutput: Bool
  private let lock = NSLock()
  private var entries: [String: OutputManifest.Entry] = [:]
  private var staged: [String: String] = [:]
  private var foreign: Set<String> = []
  private var firstFailure: String?
  private var counter = 0
  private var produced = 0

  /// The most a built site may weigh, in bytes (tests lower it): beyond it something in the
  /// content multiplies pages (thousands of tags on one page, say), and the build stops
  /// before it fills the disk.
  nonisolated(unsafe) static var sizeLimit = 8 << 30

  /// An empty staging folder at `path`; nil when it can't be created.
  init?(path: String, output: String, previous: OutputManifest, createdOutput: Bool) {
    (self.path, self.output, self.previous) = (path, output, previous)
    self.createdOutput = createdOutput
    FileSystem.remove(path)
    guard FileSystem.makeFolders(path) else { return nil }
  }

  /// What the build produced: every file's manifest entry, the files to move in (output
  /// path → staged name), and the paths where a file the build did not make is replaced.
  struct Outcome {
    var entries: [String: OutputManifest.Entry]
    var staged: [String: String]
    var foreign: Set<String>
  }

  /// The files produced so far.
  var outcome: Outcome {
    lock.lock()
    defer { lock.unlock() }
    return Outcome(entries: entries, staged: staged, foreign: foreign)
  }

  /// Why the first file that could not be written failed, if one did.
  var failure: String? {
    lock.lock()
    defer { lock.unlock() }
    return firstFailure
  }

  /// How many files the build produced.
  var fileCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return entries.count
  }

  /// Takes one file (thread-safe); a later file with the same path wins.
  func write(_ file: OutputFile) {
    let bytes: [UInt8]
    switch file.content {
    case .bytes(let given): bytes = given
    case .copy(let source):
      guard let read = FileSystem.read(source) else {
        return fail(file.path, "cannot read '\(Self.cut(source))' to copy it")
      }
      bytes = read
    }
    if Paths.components(of: file.path).contains(where: { $0.utf8.count > 255 }) {
      return fail(
        file.path,
        "its name is longer than a file system allows (255 bytes): shorten the slug, tag or file name it comes from"
      )
    }
    guard withinLimit(bytes.count) else {
      return fail(
        file.path,
        "the site would be larger than \(Self.sizeLimit >> 20) MB, which no site of a network needs: look for a page with thousands of tags, authors or pages of a list"
      )
    }
    let hash = ContentHash(of: bytes)
    let target = output + "/" + file.path
    let onDisk = FileStamp.of(target)
    if let old = previous.files[file.path], old.hash == hash, old.size == bytes.count,
      let onDisk, onDisk.sameVersion(as: old.stamp)
    {
      return record(file.path, old, staged: nil, foreign: false)
    }
    let name = nextName()
    guard FileSystem.write(bytes, to: path + "/" + name) else {
      return fail(file.path, "check the free disk space")
    }
    let entry = OutputManifest.Entry(hash: hash, size: bytes.count, stamp: FileStamp())
    record(
      file.path, entry, staged: name, foreign: onDisk != nil && previous.files[file.path] == nil)
  }

  /// Takes files on all cores.
  func write(_ files: [OutputFile]) {
    _ = Parallel.map(files) { file -> Bool in
      self.write(file)
      return true
    }
  }

  private func withinLimit(_ count: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    produced += count
    return produced <= Self.sizeLimit
  }

  private func nextName() -> String {
    lock.lock()
    defer { lock.unlock() }
    counter += 1
    return String(counter)
  }

  private func record(
    _ file: String, _ entry: OutputManifest.Entry, staged name: String?, foreign: Bool
  ) {
    lock.lock()
    defer { lock.unlock() }
    entries[file] = entry
    staged[file] = name
    if foreign { self.foreign.insert(file) } else { self.foreign.remove(file) }
  }

  private func fail(_ path: String, _ reason: String) {
    lock.lock()
    if firstFailure == nil {
      firstFailure = "cannot write '\(Self.cut(path))' into the output: \(reason)"
    }
    lock.unlock()
  }

  /// A path short enough for a message (a slug can be made of a whole paragraph).
  static func cut(_ path: String) -> String {
    path.utf8.count <= 160 ? path : String(path.prefix(80)) + "…" + String(path.suffix(40))
  }
}

extension FileStamp {
  /// The stamp of `path` itself (a link is not followed), or nil when there is nothing there.
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return FileStamp(info)
  }

  /// Whether two stamps name the same version of a file (the device is not compared: a
  /// manifest does not keep it).
  func sameVersion(as other: FileStamp) -> Bool {
    inode == other.inode && size == other.size && modifiedSeconds == other.modifiedSeconds
      && modifiedNanoseconds == other.modifiedNanoseconds
  }
}
