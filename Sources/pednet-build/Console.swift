import Foundation
import Site

/// Printing: results to stdout, diagnostics and errors to stderr.
enum Console {
  /// Writes a line to stderr.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints every diagnostic to stderr, in `language`.
  static func print(_ diagnostics: [Diagnostic], in language: String) {
    guard !diagnostics.isEmpty else { return }
    error(diagnostics.map { $0.description(in: language) }.joined(separator: "\n"))
  }
}
