/// A heading of the page, for its table of contents and for checking `#anchor` links.
public struct Heading: Sendable, Equatable {
  /// 1 to 6.
  public var level: Int
  /// The heading's plain text.
  public var text: String
  /// Its `id` attribute, unique within the page.
  public var id: String
  /// Other anchors the heading answers to: those the repository hosts (GitHub, GitLab) give
  /// it when they show the Markdown file, where they differ from ``id``.
  public var aliases: [String]

  /// A heading with these values.
  public init(level: Int, text: String, id: String, aliases: [String] = []) {
    self.level = level
    self.text = text
    self.id = id
    self.aliases = aliases
  }

  /// Whether `anchor` (without `#`) leads to this heading.
  public func answers(to anchor: String) -> Bool {
    id == anchor || aliases.contains(anchor)
  }
}
