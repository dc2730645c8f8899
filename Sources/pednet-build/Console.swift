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
}
