import Foundation

/// One problem found in the site's sources, located in a file.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// How bad a problem is.
  public enum Severity: String, Sendable, Hashable {
    /// The build cannot go on; nothing is written.
    case error
    /// The build goes on; the user should still fix it.
    case warning
  }

  /// Whether this is an error or a warning.
  public var severity: Severity
  /// Path relative to the source directory (`content/lessons/drobi.md`).
  public var path: String
  /// 1-based line; 0 when the problem concerns the whole file.
  public var line: Int
  /// 1-based column; 0 when the problem concerns the whole line or file.
  public var column: Int
  /// What is wrong and what to do, on one line.
  public var message: String

  /// Makes a diagnostic.
  public init(
    _ severity: Severity, _ path: String, line: Int = 0, column: Int = 0, _ message: String
  ) {
    self.severity = severity
    self.path = path
    self.line = line
    self.column = column
    self.message = Self.readable(message)
  }

  /// The longest message printed whole; a longer one (a 1 MB address quoted in it) keeps its
  /// start and its end, which says what to do.
  static let longestMessage = 1000

  /// `message`, cut in the middle when it is longer than ``longestMessage`` characters.
  static func readable(_ message: String) -> String {
    guard message.utf8.count > longestMessage, message.count > longestMessage else {
      return message
    }
    let cut = message.count - longestMessage
    return message.prefix(longestMessage / 2) + " […\(cut) characters cut…] "
      + message.suffix(longestMessage / 2)
  }

  /// The most diagnostics printed for one file; the rest are counted in one more line, so
  /// that 100,000 broken links do not print 100,000 lines.
  static let shownPerFile = 50

  /// `sorted` with at most ``shownPerFile`` diagnostics per file, then a warning saying how
  /// many more there are in that file.
  public static func shown(_ sorted: [Diagnostic]) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var index = 0
    while index < sorted.count {
      var end = index
      while end < sorted.count && sorted[end].path == sorted[index].path { end += 1 }
      result += sorted[index..<min(end, index + shownPerFile)]
      if end - index > shownPerFile {
        let rest = sorted[(index + shownPerFile)..<end]
        let errors = rest.filter { $0.severity == .error }.count
        result.append(
          Diagnostic(
            errors > 0 ? .error : .warning, sorted[index].path,
            "\(rest.count) more problems in this file are not shown (\(errors) errors,"
              + " \(rest.count - errors) warnings): fix the ones above and build again"))
      }
      index = end
    }
    return result
  }

  /// GCC style: `path:line:column: error: message`.
  public var description: String {
    let line = max(self.line, 1)
    let column = max(self.column, 1)
    return "\(path):\(line):\(column): \(severity.rawValue): \(message)"
  }

  /// Sorted by file, then line, then column, then message.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
  }
}

/// A thread-safe collector of diagnostics, shared by every phase of a build.
public final class DiagnosticBag: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Diagnostic] = []

  /// An empty bag.
  public init() {}

  /// Adds one diagnostic.
  public func add(_ diagnostic: Diagnostic) {
    lock.lock()
    items.append(diagnostic)
    lock.unlock()
  }

  /// Adds an error.
  public func error(_ path: String, line: Int = 0, column: Int = 0, _ message: String) {
    add(Diagnostic(.error, path, line: line, column: column, message))
  }

  /// Adds a warning.
  public func warning(_ path: String, line: Int = 0, column: Int = 0, _ message: String) {
    add(Diagnostic(.warning, path, line: line, column: column, message))
  }

  /// Every diagnostic so far, sorted, without duplicates.
  public var sorted: [Diagnostic] {
    lock.lock()
    defer { lock.unlock() }
    return Array(Set(items)).sorted()
  }

  /// Whether any error was reported.
  public var hasErrors: Bool {
    lock.lock()
    defer { lock.unlock() }
    return items.contains { $0.severity == .error }
  }
}
