import Foundation
import Site

/// Printing: results to stdout, diagnostics and errors to stderr.
enum Console {
  /// Writes a line to stderr.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints every diagnostic to stderr.
  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    error(diagnostics.map(\.description).joined(separator: "\n"))
  }

  /// «3 errors, 1 warning».
  static func summary(errors: Int, warnings: Int) -> String {
    "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
  }

  /// «built 120 pages into public: 5 files changed, 1 removed, 1,673 unchanged (load …)».
  static func buildSummary(_ report: BuildReport, timings: String) -> String {
    let changes = report.changes ?? OutputChanges()
    let folder = report.outputDirectory ?? ""
    if report.upToDate {
      return
        "nothing changed since the last build: \(count(report.pageCount)) pages in \(folder), \(count(changes.unchangedCount)) files left as they were"
    }
    let written = changes.written.count
    return
      "built \(count(report.pageCount)) pages into \(folder): \(count(written)) file\(written == 1 ? "" : "s") changed, \(count(changes.removed.count)) removed, \(count(changes.unchangedCount)) unchanged (\(timings))"
  }

  /// A count with thousands separated by commas: «15,678».
  static func count(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
