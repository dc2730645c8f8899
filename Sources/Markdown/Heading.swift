/// A heading of the page, for its table of contents and for checking `#anchor` links.
public struct Heading: Sendable, Equatable {
  /// 1 to 6.
  public var level: Int
  /// The heading's plain text.
  public var text: String
  /// Its `id` attribute, unique within the page.
  public var id: String

  /// A heading with these values.
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}
