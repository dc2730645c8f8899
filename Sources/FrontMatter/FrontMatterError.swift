/// A front matter or YAML error with the place in the file where it was found.
public struct FrontMatterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is, in file coordinates.
  public var location: SourceLocation
  /// One line of English saying what was expected and what to do.
  public var message: String

  /// Creates an error at a location.
  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// `line:column: message`.
  public var description: String { "\(location.line):\(location.column): \(message)" }
}
