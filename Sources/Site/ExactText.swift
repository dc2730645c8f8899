/// A string hashed and compared by its UTF-8 bytes, for tables of text exactly as written.
///
/// Swift hashes a `String` through its Unicode normal form, which for Cyrillic text costs
/// about twenty times more than hashing its bytes. A table keyed by `ExactText` treats two
/// canonically equal spellings with different bytes as different keys, so it suits memo
/// tables whose misses fall back to a `String`-keyed lookup.
struct ExactText: Hashable, Sendable {
  /// The text.
  let text: String

  init(_ text: String) {
    self.text = text
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (left: ExactText, right: ExactText) -> Bool {
    left.text.utf8.elementsEqual(right.text.utf8)
  }
}
