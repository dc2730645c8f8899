/// A page file cut into its front matter and its body.
public struct SplitDocument: Sendable, Equatable {
  /// The YAML between the `---` lines (each line ending in a line feed), or nil when the file
  /// has no front matter.
  public var frontMatter: String?
  /// The file line of the first YAML line: 2 normally (the line after the opening `---`).
  public var frontMatterFirstLine: Int
  /// Everything after the closing line, with line feeds only; the whole file without front
  /// matter.
  public var body: String
  /// The file line where the body starts.
  public var bodyFirstLine: Int

  /// Creates a split document.
  public init(frontMatter: String?, frontMatterFirstLine: Int, body: String, bodyFirstLine: Int) {
    self.frontMatter = frontMatter
    self.frontMatterFirstLine = frontMatterFirstLine
    self.body = body
    self.bodyFirstLine = bodyFirstLine
  }
}
