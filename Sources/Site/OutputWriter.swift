#if canImport(Glibc)
  import Glibc
#endif

/// One file of the built site.
public struct OutputFile: Sendable {
  /// What to write.
  public enum Content: Sendable {
    /// These bytes.
    case bytes([UInt8])
    /// A copy of this file (absolute path).
    case copy(String)
  }

  /// Path relative to the output root.
  public var path: String
  /// What to write.
  public var content: Content

  /// A file with the given bytes.
  public init(_ path: String, _ bytes: [UInt8]) {
    self.path = path
    self.content = .bytes(bytes)
  }

  /// A file with the given text.
  public init(_ path: String, text: String) {
    self.init(path, Array(text.utf8))
  }

  /// A copy of a file on disk.
  public init(_ path: String, copyOf source: String) {
    self.path = path
    self.content = .copy(source)
  }
}

/// Step 4: checks that the output folder may be written, then (after everything rendered)
/// moves the changed files into it one by one, each by an atomic rename, and removes the
/// files the build no longer makes, last. See ``StagingArea`` and ``OutputManifest``.
struct OutputWriter {
  /// The output folder (absolute).
  let output: String
  /// The source folder (absolute).
  let source: String

  /// The staging folders of builds: `.pednet-staging-PID` inside the output.
  static let stagingPrefix = ".pednet-staging-"

  /// Why the output folder may not be used, or nil when it is safe.
  func refusal(home: String?) -> String? {
    let outputReal = Paths.canonical(output)
    let sourceReal = Paths.canonical(source)
    if outputReal == "/" { return "the output folder is '/': choose a folder such as 'public'" }
    if let home, outputReal == Paths.canonical(home) {
      return "the output folder is your home folder: choose a folder such as 'public'"
    }
    if outputReal == sourceReal {
      return "the output folder is the source folder: choose a folder inside it such as 'public'"
    }
    if Paths.isInside(sourceReal, outputReal) {
      return
        "the output folder contains the source folder, so a build would replace it: choose another folder"
    }
    let contentReal = SourceLayout(root: sourceReal).content
    if Paths.isInside(outputReal, contentReal) || outputReal == contentReal {
      return "the output folder is inside 'content': choose a folder such as 'public'"
    }
    return refusalOfWhatIsThere()
  }

  /// Refusals that look at what the output path holds now.
  private func refusalOfWhatIsThere() -> String? {
    var isFolder = false
    if FileSystem.exists(output, isFolder: &isFolder) || FileStamp.of(output) != nil, !isFolder {
      return
        "'\(output)' is a file, not a folder: the build would replace it; give --output a folder such as 'public'"
    }
    guard isFolder else { return nil }
    for name in [SourceLayout.configFile, SourceLayout.contentFolder]
    where FileSystem.exists(output + "/" + name) {
      return
        "the output folder '\(output)' holds a site of its own ('\(name)'): choose a folder such as 'public'"
    }
    if !FileSystem.exists(output + "/" + OutputManifest.fileName), Paths.hasEntries(output) {
      return
        "the output folder '\(output)' is not empty and was not made by pednet-build: empty it, or choose another folder"
    }
    if let busy = Self.runningBuild(in: output) {
      return
        "another pednet-build (process \(busy)) is writing into '\(output)': wait until it ends"
    }
    return nil
  }

  /// A fresh staging folder inside the output (made if missing), with what the folder holds
  /// now; leftovers of killed builds are removed first. Nil when it can't be made.
  func stage() -> StagingArea? {
    let created = !FileSystem.isFolder(output)
    guard FileSystem.makeFolders(output) else { return nil }
    let name = Paths.lastComponent(of: output)
    Self.removeLeftovers(in: output, prefixes: [Self.stagingPrefix])
    Self.removeLeftovers(
      in: Paths.parent(of: output), prefixes: [".\(name).staging-", ".\(name).old-"])
    let area = StagingArea(
      path: output + "/" + Self.stagingPrefix + "\(getpid())", output: output,
      previous: OutputManifest.read(folder: output) ?? OutputManifest(), createdOutput: created)
    if area == nil, created { rmdir(output) }
    return area
  }

  /// Removes a staging folder after a failed build (and the output folder if this build
  /// made it and it stayed empty).
  func discard(_ area: StagingArea) {
    FileSystem.removeInParallel(area.path)
    if area.createdOutput { rmdir(output) }
  }

  /// The process id of a live build whose staging folder is in `folder`, if any.
  private static func runningBuild(in folder: String) -> Int32? {
    for name in FileSystem.entries(of: folder) where name.hasPrefix(stagingPrefix) {
      if let pid = Int32(name.dropFirst(stagingPrefix.count)), pid != getpid(), isAlive(pid) {
        return pid
      }
    }
    return nil
  }

  /// Removes the staging folders of builds that were killed: ours inside the output, and
  /// those older versions left beside it (`.public.staging-PID`, `.public.old-PID`).
  private static func removeLeftovers(in folder: String, prefixes: [String]) {
    for name in FileSystem.entries(of: folder) {
      guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
        let pid = Int32(name.dropFirst(prefix.count)), pid == getpid() || !isAlive(pid)
      else { continue }
      FileSystem.removeInParallel(folder + "/" + name)
    }
  }

  private static func isAlive(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
