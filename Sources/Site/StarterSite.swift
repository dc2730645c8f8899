import Foundation
import Glibc

/// `pednet-build init DIR`: a starter site that needs nothing but its own folder to build and
/// publish: `site.yml` explained in Russian, `content/_index.md`, one published page of each
/// kind, a `.gitignore`, and the publishing recipe for the host the user names. A file that
/// already exists is kept as it is, so `init` in an existing site only adds what is missing
/// (a recipe, say).
public enum StarterSite {
  /// What `init` did.
  public struct Outcome: Equatable, Sendable {
    /// Files written, relative to the site's folder, in the order written.
    public var created: [String] = []
    /// Files that existed and were left as they were.
    public var kept: [String] = []
    /// A file that could not be written (then nothing after it was tried).
    public var failed: String?
  }

  /// Writes the starter site into `folder` (made when missing), with the recipe for `host`
  /// when one is named; pages are dated `today`.
  public static func create(folder: String, host: PublishingHost?, today: YAMLDay) -> Outcome {
    let root = Paths.absoluteFromCurrent(folder)
    var outcome = Outcome()
    var files: [(String, String)] = [
      (SourceLayout.configFile, StarterSiteFiles.siteYML),
      (".gitignore", StarterSiteFiles.gitignore),
      (SourceLayout.contentPath("_index.md"), StarterSiteFiles.homeIntro),
    ]
    if let host { files.append((host.recipePath, host.recipe)) }
    for (path, text) in files {
      guard write(text, to: path, in: root, outcome: &outcome) else { return outcome }
    }
    if host == .ftp, outcome.created.contains(PublishingHost.ftp.recipePath) {
      // The upload script is run as `./publish-ftp.sh` too.
      _ = chmod(root + "/" + PublishingHost.ftp.recipePath, 0o755)
    }
    guard !FileSystem.exists(SourceLayout(root: root).content + "/portfolios") else {
      return outcome
    }
    // Dated the day before: a CI server whose clock is hours behind the teacher's (UTC
    // against Novosibirsk) would otherwise leave the examples out as future pages.
    let date = dayBefore(today)
    for (kind, title) in StarterSiteFiles.pages {
      switch NewPage.create(kind: kind, title: title, sourceDirectory: root, today: date) {
      case .created(let path):
        guard publish(path, in: root) else {
          outcome.failed = path
          return outcome
        }
        outcome.created.append(path)
      case .exists(let path): outcome.kept.append(path)
      case .failed(let path):
        outcome.failed = path
        return outcome
      case .unknownKind, .emptyTitle: continue
      }
    }
    return outcome
  }

  /// The calendar day before `day`.
  static func dayBefore(_ day: YAMLDay) -> YAMLDay {
    var calendar = Foundation.Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    let components = DateComponents(year: day.year, month: day.month, day: day.day - 1)
    guard let date = calendar.date(from: components) else { return day }
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return YAMLDay(
      year: parts.year ?? day.year, month: parts.month ?? day.month, day: parts.day ?? day.day)
  }

  /// Writes one file unless it exists; false when it could not be written.
  private static func write(
    _ text: String, to path: String, in root: String, outcome: inout Outcome
  )
    -> Bool
  {
    let absolute = root + "/" + path
    if FileSystem.exists(absolute) {
      outcome.kept.append(path)
      return true
    }
    guard FileSystem.makeFolders(Paths.parent(of: absolute)),
      FileSystem.write(Array(text.utf8), to: absolute)
    else {
      outcome.failed = path
      return false
    }
    outcome.created.append(path)
    return true
  }

  /// Takes the `draft: true` line out of a page made by `new`: a starter site's pages are
  /// examples to be seen on the site at once.
  private static func publish(_ path: String, in root: String) -> Bool {
    let absolute = root + "/" + path
    guard let bytes = FileSystem.read(absolute) else { return false }
    let lines = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.filter { !$0.hasPrefix("draft: true") }
    return FileSystem.write(Array(kept.joined(separator: "\n").utf8), to: absolute)
  }
}
