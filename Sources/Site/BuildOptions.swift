import Foundation

/// What a build or check is asked to do.
public struct BuildOptions: Sendable {
  /// The site's folder (holding `content/`).
  public var sourceDirectory: String
  /// The config file; `site.yml` in the source folder when nil.
  public var configFile: String?
  /// The output folder; `public/` in the source folder when nil.
  public var outputDirectory: String?
  /// Whether drafts and future pages are built.
  public var includeDrafts = false
  /// Overrides `base_url` of the config.
  public var baseURL: String?
  /// Today's date as `YYYYMMDD`; the real date when nil (tests fix it).
  public var today: Int?
  /// The language of messages given on the command line (`--lang`), if any.
  public var messageLanguage: String?
  /// A file to write the list of changed and removed output files into (`--changed`).
  public var changedListFile: String?
  /// Whether the build cache (``BuildCache``) is read and kept; false builds from scratch.
  public var usesCache = true

  /// Options for the site in `sourceDirectory` (relative paths are taken from the current folder).
  public init(sourceDirectory: String) {
    self.sourceDirectory = sourceDirectory
  }

  /// The source folder as an absolute path.
  var absoluteSource: String {
    Paths.absoluteFromCurrent(sourceDirectory)
  }

  /// The output folder as an absolute path.
  public var absoluteOutput: String {
    outputDirectory.map(Paths.absoluteFromCurrent)
      ?? absoluteSource + "/" + SourceLayout.outputFolder
  }

  /// Where the parts of the source folder are, with the config file given, if any.
  public var layout: SourceLayout {
    SourceLayout(
      root: absoluteSource, configFile: configFile.map(Paths.absoluteFromCurrent),
      shownAs: configFile)
  }

  /// Today as `YYYYMMDD`.
  public var todayKey: Int {
    if let today { return today }
    let parts = Foundation.Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone.current, from: Date())
    return (parts.year ?? 2000) * 10_000 + (parts.month ?? 1) * 100 + (parts.day ?? 1)
  }
}

/// What a build or check did.
public struct BuildReport: Sendable {
  /// Every diagnostic, sorted.
  public var diagnostics: [Diagnostic] = []
  /// Pages built (or checked).
  public var pageCount = 0
  /// Drafts and future pages left out, each named.
  public var leftOut: [LeftOutPage] = []
  /// Files the built site has.
  public var fileCount = 0
  /// What the build changed in the output folder (nil when it wrote nothing).
  public var changes: OutputChanges?
  /// Whether the build found nothing changed since the last one and did nothing.
  public var upToDate = false
  /// Links to a missing page, file or anchor shown as text (`broken_links: warning`).
  public var brokenLinkCount = 0
  /// The output folder, when something was written.
  public var outputDirectory: String?
  /// Time per phase, in order.
  public var timings: [(phase: String, seconds: Double)] = []

  /// Errors among the diagnostics.
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  /// Warnings among the diagnostics.
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
  /// The diagnostics to print: at most a screenful per file, with the rest counted.
  public var shownDiagnostics: [Diagnostic] { Diagnostic.shown(diagnostics) }
  /// Whether the build succeeded.
  public var succeeded: Bool { errorCount == 0 }
}

extension Paths {
  /// `path` made absolute against the current folder when relative.
  static func absoluteFromCurrent(_ path: String) -> String {
    absolute(path, base: FileManager.default.currentDirectoryPath)
  }
}
