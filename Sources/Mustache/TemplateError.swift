/// A problem in a template, located in its file (line and column are 1-based; the column
/// counts Unicode scalars, so Cyrillic letters count one each).
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name given for the template (or the template name).
  public var file: String
  /// 1-based line; 0 when the error concerns no place in a file (an unknown template name).
  public var line: Int
  /// 1-based column; 0 together with `line`.
  public var column: Int
  /// What is wrong, on one line.
  public var message: String

  /// Makes an error.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, or `file: message` when there is no line.
  public var description: String {
    line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
  }
}

/// A place in a template's source.
struct SourcePosition: Sendable, Hashable {
  /// File name for messages.
  var file: String
  /// 1-based line.
  var line: Int
  /// 1-based column in Unicode scalars.
  var column: Int

  /// An error at this place.
  func error(_ message: String) -> TemplateError {
    TemplateError(file: file, line: line, column: column, message: message)
  }
}
