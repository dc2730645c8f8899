/// A position in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode characters (scalars), not bytes, so they match what an editor shows
/// for Cyrillic text.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number in the file.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars from the start of the line.
  public var column: Int

  /// Creates a location from a line and a column, both 1-based.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, the form compilers and editors use.
  public var description: String { "\(line):\(column)" }

  /// Orders locations by line, then by column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
