import Foundation
import FrontMatter

/// The file `.pednet-build` in the output folder: which files the build wrote there (with
/// their hash, size and stamp, so an unchanged file is recognised without reading it), the
/// key of the inputs they were built from, and what that build reported (so a build with
/// nothing to do can say it again). A file it does not list is never deleted.
struct OutputManifest: Equatable, Sendable {
  /// The file's name in the output folder.
  static let fileName = ".pednet-build"
  private static let header = "pednet-build output manifest 1"

  /// One file the build owns.
  struct Entry: Equatable, Sendable {
    /// The hash of its bytes; nil while a build is moving it in (never taken as unchanged).
    var hash: ContentHash?
    /// Its size in bytes.
    var size: Int
    /// Its stamp after it was written.
    var stamp: FileStamp
  }

  /// Files by path relative to the output folder.
  var files: [String: Entry] = [:]
  /// The inputs' key (``BuildKey``); nil when a next build must not trust it.
  var key: String?
  /// The report of the build that wrote the files (its counts and warnings).
  var pageCount = 0
  var leftOut: [LeftOutPage] = []
  var brokenLinkCount = 0
  var warnings: [Diagnostic] = []

  /// An empty manifest.
  init() {}

  /// The manifest of `folder`: nil when it has none; one owning every file in the folder when
  /// it holds the one-line marker of older versions (their build wrote the whole folder).
  static func read(folder: String) -> OutputManifest? {
    guard let bytes = FileSystem.read(folder + "/" + fileName) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.hasPrefix(header + "\n") else { return legacy(folder: folder) }
    var manifest = OutputManifest()
    for line in text.split(separator: "\n").dropFirst() {
      manifest.read(line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape))
    }
    return manifest
  }

  private mutating func read(_ fields: [String]) {
    switch (fields.first, fields.count) {
    case ("key", 2): key = fields[1]
    case ("counts", 3):
      pageCount = Int(fields[1]) ?? 0
      brokenLinkCount = Int(fields[2]) ?? 0
    case ("draft", 2): leftOut.append(LeftOutPage(path: fields[1], reason: .draft))
    case ("future", 5):
      let date = YAMLDate(
        year: Int(fields[2]) ?? 0, month: Int(fields[3]) ?? 0, day: Int(fields[4]) ?? 0)
      leftOut.append(LeftOutPage(path: fields[1], reason: .future(date)))
    case ("warning", 5):
      warnings.append(
        Diagnostic(
          .warning, fields[1], line: Int(fields[2]) ?? 0, column: Int(fields[3]) ?? 0, fields[4]))
    case ("file", 7):
      var stamp = FileStamp()
      stamp.inode = UInt64(fields[3]) ?? 0
      stamp.size = Int(fields[2]) ?? -1
      stamp.modifiedSeconds = Int(fields[4]) ?? 0
      stamp.modifiedNanoseconds = Int(fields[5]) ?? 0
      let hash = UInt64(fields[1], radix: 16).map(ContentHash.init(value:))
      files[fields[6]] = Entry(hash: hash, size: stamp.size, stamp: stamp)
    default: break
    }
  }

  private static func legacy(folder: String) -> OutputManifest {
    var manifest = OutputManifest()
    for path in DirectoryWalker.files(under: folder) ?? [] {
      manifest.files[path] = Entry(hash: nil, size: -1, stamp: FileStamp())
    }
    return manifest
  }

  /// The manifest's text.
  var bytes: [UInt8] {
    var text = Self.header + "\n"
    text +=
      "# This folder was made by pednet-build. It replaces and removes only the files listed here.\n"
    if let key { text += "key\t\(key)\n" }
    text += "counts\t\(pageCount)\t\(brokenLinkCount)\n"
    for page in leftOut {
      switch page.reason {
      case .draft: text += line(["draft", page.path])
      case .future(let date):
        text += line(["future", page.path, "\(date.year)", "\(date.month)", "\(date.day)"])
      }
    }
    for warning in warnings {
      text += line([
        "warning", warning.path, "\(warning.line)", "\(warning.column)", warning.message,
      ])
    }
    for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
      let stamp = entry.stamp
      text += line([
        "file", entry.hash?.hex ?? "-", "\(entry.size)", "\(stamp.inode)",
        "\(stamp.modifiedSeconds)", "\(stamp.modifiedNanoseconds)", path,
      ])
    }
    return Array(text.utf8)
  }

  private func line(_ fields: [String]) -> String {
    fields.map(Self.escape).joined(separator: "\t") + "\n"
  }

  private static func escape(_ field: String) -> String {
    guard field.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 92 }) else {
      return field
    }
    return field.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
      .replacingOccurrences(of: "\r", with: "\\r")
  }

  private static func unescape(_ field: Substring) -> String {
    guard field.utf8.contains(92) else { return String(field) }  // no backslash
    var result = ""
    var escaped = false
    for character in field {
      if escaped {
        result.append(
          character == "t" ? "\t" : character == "n" ? "\n" : character == "r" ? "\r" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
