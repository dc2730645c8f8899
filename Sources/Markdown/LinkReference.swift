/// A link or image of the page as written, with where it is in the file.
public struct LinkReference: Sendable, Equatable {
  /// The destination as written (entities and escapes decoded); for an address found in
  /// the text, the full URL (`http://www.…`, `mailto:…`).
  public var destination: String
  /// Whether it is an image.
  public var isImage: Bool
  /// The plain text of the link (an image's description).
  public var text: String
  /// The line in the file (the body's first line is `MarkdownOptions.firstLine`).
  public var line: Int
  /// The 1-based column of its first character (`[`, `!` or the address), counted in
  /// Unicode scalars.
  public var column: Int

  /// A reference with these values.
  public init(destination: String, isImage: Bool, text: String, line: Int, column: Int) {
    self.destination = destination
    self.isImage = isImage
    self.text = text
    self.line = line
    self.column = column
  }
}
