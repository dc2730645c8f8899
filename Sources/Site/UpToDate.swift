extension SiteBuilder {
  /// The report of a build with nothing to do, or nil when there is something: the inputs'
  /// key is the one the manifest was written with, and every file the manifest lists is
  /// still there as it was written, and no killed build left its staging folder. The last
  /// build's warnings are reported again.
  static func upToDate(_ options: BuildOptions, key: BuildKey) -> BuildReport? {
    let output = options.absoluteOutput
    guard !key.isRecent, let manifest = OutputManifest.read(folder: output),
      manifest.key == key.value,
      !FileSystem.entries(of: output).contains(where: {
        $0.hasPrefix(OutputWriter.stagingPrefix)
      }),
      manifest.files.allSatisfy({ path, entry in
        FileStamp.of(output + "/" + path)?.sameVersion(as: entry.stamp) ?? false
      })
    else { return nil }
    var report = BuildReport()
    report.upToDate = true
    report.diagnostics = manifest.warnings
    report.pageCount = manifest.pageCount
    report.leftOut = manifest.leftOut
    report.brokenLinkCount = manifest.brokenLinkCount
    report.fileCount = manifest.files.count
    report.changes = OutputChanges(unchangedCount: manifest.files.count)
    report.outputDirectory = output
    return report
  }

  /// The manifest's record of a build: its key (none when some input changed a moment ago,
  /// see ``BuildKey``), its counts and its warnings.
  static func manifest(of report: BuildReport, key: BuildKey, warnings: [Diagnostic])
    -> OutputManifest
  {
    var manifest = OutputManifest()
    manifest.key = key.isRecent ? nil : key.value
    manifest.pageCount = report.pageCount
    manifest.leftOut = report.leftOut
    manifest.brokenLinkCount = report.brokenLinkCount
    manifest.warnings = warnings.filter { $0.severity == .warning }
    return manifest
  }
}

/// `--changed FILE`: the output files a build wrote or removed, one a line, for scripts that
/// upload only those: `M path` for a changed file, `A path` for a new one, `D path` for a
/// removed one (paths relative to the output folder, separated from the letter by a tab).
enum ChangeList {
  /// The lines of the list.
  static func text(_ changes: OutputChanges) -> String {
    var lines = changes.written.map { (changes.added.contains($0) ? "A\t" : "M\t") + $0 }
    lines += changes.removed.map { "D\t" + $0 }
    return lines.map { $0 + "\n" }.joined()
  }

  /// `report` after writing its list where `options` asks (an error when that fails).
  static func written(_ report: BuildReport, _ options: BuildOptions) -> BuildReport {
    guard let file = options.changedListFile, report.succeeded else { return report }
    let path = Paths.absoluteFromCurrent(file)
    if FileSystem.write(Array(text(report.changes ?? OutputChanges()).utf8), to: path) {
      return report
    }
    var failed = report
    failed.diagnostics.append(
      Diagnostic(
        .error, file,
        "cannot write the list of changed files: check that its folder exists and can be written"))
    return failed
  }
}
