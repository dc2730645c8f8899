/// A YAML mapping: keys in source order, each with its location and value.
public struct YAMLMapping: Sendable, Equatable, Sequence {
  /// One `key: value` pair.
  public struct Entry: Sendable, Equatable {
    /// The key as text (plain keys as written, quoted keys unescaped).
    public var key: String
    /// Where the key starts in the file.
    public var keyLocation: SourceLocation
    /// The value of the key.
    public var value: YAMLValue

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: YAMLValue) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  /// The entries in source order; keys are unique.
  public var entries: [Entry]

  /// Creates a mapping from entries (the caller keeps keys unique).
  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// The value of `key`, or nil when the key is absent.
  public subscript(key: String) -> YAMLValue? {
    entry(for: key)?.value
  }

  /// The entry of `key` (with the key's location), or nil when the key is absent.
  public func entry(for key: String) -> Entry? {
    for entry in entries where entry.key == key { return entry }
    return nil
  }

  /// The keys in source order.
  public var keys: [String] { entries.map(\.key) }

  /// The number of entries.
  public var count: Int { entries.count }

  /// True when the mapping has no entries.
  public var isEmpty: Bool { entries.isEmpty }

  /// Iterates over the entries in source order.
  public func makeIterator() -> IndexingIterator<[Entry]> {
    entries.makeIterator()
  }
}
