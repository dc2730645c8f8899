/// A string hashed and compared by its UTF-8 bytes, for tables of text exactly as written:
/// the one byte-hash key of the project.
///
/// Swift hashes a `String` through its Unicode normal form, which for Cyrillic text costs
/// about twenty times more than hashing its bytes. A table keyed by `ExactText` treats two
/// canonically equal spellings with different bytes as different keys, so it suits memo
/// tables whose misses fall back to a `String`-keyed lookup, and ids that count as one only
/// when their bytes are equal.
public struct ExactText: Hashable, Sendable {
  /// The text.
  public let text: String

  /// The key of `text`.
  @inlinable
  public init(_ text: String) {
    self.text = text
  }

  /// Hashes the UTF-8 bytes.
  @inlinable
  public func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Whether the two texts have the same bytes.
  @inlinable
  public static func == (left: ExactText, right: ExactText) -> Bool {
    left.text.utf8.elementsEqual(right.text.utf8)
  }
}
