#if canImport(Glibc)
  import Glibc
#endif

/// What a build changed in the output folder.
public struct OutputChanges: Sendable, Equatable {
  /// Files written (new or with new bytes), relative to the output folder, sorted.
  public var written: [String] = []
  /// Of those, the ones that did not exist before.
  public var added: Set<String> = []
  /// Files removed because the build no longer makes them, sorted.
  public var removed: [String] = []
  /// Files left exactly as they were.
  public var unchangedCount = 0
  /// Files the build did not make before that it replaced (they stood where a page goes).
  public var replacedForeign: [String] = []

  /// No changes; `unchangedCount` files left as they were.
  public init(unchangedCount: Int = 0) {
    self.unchangedCount = unchangedCount
  }
}

extension OutputWriter {
  /// Moves the staged files into the output and removes what the build no longer makes;
  /// `report` gives the new manifest its key, counts and warnings. First a manifest that
  /// also owns every file about to be moved in is written, so a power cut at any moment
  /// leaves each file whole (old or new) and the next build knows all of them.
  func commit(_ area: StagingArea, report: OutputManifest) -> (OutputChanges?, String?) {
    if let failed = area.failure {
      discard(area)
      return (nil, failed)
    }
    let outcome = area.outcome
    var manifest = report
    manifest.files = outcome.entries
    var changes = OutputChanges()
    changes.written = outcome.staged.keys.sorted()
    changes.removed = area.previous.files.keys.filter { outcome.entries[$0] == nil }.sorted()
    changes.unchangedCount = outcome.entries.count - changes.written.count
    changes.replacedForeign = outcome.foreign.sorted()
    if !changes.written.isEmpty || !changes.removed.isEmpty {
      var journal = area.previous
      journal.key = nil
      for path in changes.written {
        journal.files[path] = .init(hash: nil, size: -1, stamp: .init())
      }
      guard writeManifest(journal, area: area) else {
        discard(area)
        return (nil, "cannot write into '\(output)': check its permissions and the free disk space")
      }
    }
    var folders = Set<String>()
    for path in changes.written {
      if area.previous.files[path] == nil { changes.added.insert(path) }
      guard
        moveIn(
          outcome.staged[path]!, to: path, area: area, removing: changes.removed, folders: &folders)
      else {
        discard(area)
        return (
          nil,
          "cannot write '\(StagingArea.cut(path))' into the output: check the permissions of its folder"
        )
      }
      manifest.files[path]?.stamp = FileStamp.of(output + "/" + path) ?? FileStamp()
    }
    for path in changes.removed { removeOwned(path) }
    let saved = writeManifest(manifest, area: area)
    discard(area)
    return saved
      ? (changes, nil) : (nil, "cannot write '\(OutputManifest.fileName)' into '\(output)'")
  }

  /// Renames one staged file over its place; when a file or folder of the previous build
  /// that this build removes stands in the way, it is removed first.
  private func moveIn(
    _ name: String, to path: String, area: StagingArea, removing: [String],
    folders: inout Set<String>
  ) -> Bool {
    let folder = Paths.folder(of: path)
    let from = area.path + "/" + name
    let to = output + "/" + path
    if folders.contains(folder) || FileSystem.makeFolders(Paths.parent(of: to)),
      FileSystem.rename(from, to: to)
    {
      folders.insert(folder)
      return true
    }
    let blocking = removing.filter { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
    guard !blocking.isEmpty else { return false }
    for old in blocking { removeOwned(old) }
    return FileSystem.makeFolders(Paths.parent(of: to)) && FileSystem.rename(from, to: to)
  }

  /// Removes a file the manifest owns (never a folder with something in it), then each of
  /// its folders that is left empty.
  private func removeOwned(_ path: String) {
    var info = stat()
    let target = output + "/" + path
    guard lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return }
    unlink(target)
    var folder = Paths.folder(of: path)
    while !folder.isEmpty, rmdir(output + "/" + folder) == 0 {
      folder = Paths.folder(of: folder)
    }
  }

  /// Writes the manifest beside the staged files and renames it into place.
  private func writeManifest(_ manifest: OutputManifest, area: StagingArea) -> Bool {
    let staged = area.path + "/" + OutputManifest.fileName
    return FileSystem.write(manifest.bytes, to: staged)
      && FileSystem.rename(staged, to: output + "/" + OutputManifest.fileName)
  }
}
