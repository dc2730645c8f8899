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

/// Step 4: writes every file into a staging folder beside the output, then swaps it in with
/// renames, so a failed build never leaves a half-written site.
struct OutputWriter {
  /// The file that marks a folder as made by pednet-build.
  static let markerName = ".pednet-build"

  /// The output folder (absolute).
  let output: String
  /// The source folder (absolute).
  let source: String

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
    if Paths.isInside(outputReal, sourceReal + "/content") || outputReal == sourceReal + "/content"
    {
      return "the output folder is inside 'content': choose a folder such as 'public'"
    }
    if FileSystem.isFolder(output), !FileSystem.exists(output + "/" + Self.markerName),
      Paths.hasEntries(output)
    {
      return
        "the output folder '\(output)' is not empty and was not made by pednet-build: empty it, or choose another folder"
    }
    return nil
  }

  /// A fresh staging folder beside the output; nil when it can't be made.
  func stage() -> StagingArea? {
    let parent = Paths.parent(of: output)
    guard FileSystem.makeFolders(parent) else { return nil }
    return StagingArea(path: parent + "/.\(Paths.lastComponent(of: output)).staging-\(getpid())")
  }

  /// Removes a staging folder after a failed build.
  func discard(_ area: StagingArea) {
    FileSystem.removeInParallel(area.path)
  }

  /// Marks the staged site as made by pednet-build and swaps it in for the output; returns
  /// an error message on failure (the output is then untouched and the staging removed).
  func commit(_ area: StagingArea) -> String? {
    if let failed = area.failure {
      discard(area)
      return "cannot write '\(failed)' into the output"
    }
    let marker = "This folder was made by pednet-build; it is replaced on every build.\n"
    guard FileSystem.write(Array(marker.utf8), to: area.path + "/" + Self.markerName) else {
      discard(area)
      return "cannot write into '\(area.path)'"
    }
    let old = Paths.parent(of: output) + "/.\(Paths.lastComponent(of: output)).old-\(getpid())"
    if FileSystem.exists(output) {
      guard FileSystem.rename(output, to: old) else {
        discard(area)
        return "cannot replace '\(output)': check its permissions"
      }
    }
    guard FileSystem.rename(area.path, to: output) else {
      _ = FileSystem.rename(old, to: output)
      discard(area)
      return "cannot move the new site into '\(output)'"
    }
    FileSystem.removeInParallel(old)
    return nil
  }
}
