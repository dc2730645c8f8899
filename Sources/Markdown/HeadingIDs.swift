/// Gives headings `id`s that are unique within a page: the slug of the text, then `-1`,
/// `-2`, … for repeats.
struct HeadingIDs {
  /// Makes the slug of a heading's text.
  let slugify: @Sendable (String) -> String
  private var used: Set<Key> = []

  /// An id's bytes, hashed in one go (a `String` hashes its normalised form, slowly).
  private struct Key: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  init(slugify: @escaping @Sendable (String) -> String) {
    self.slugify = slugify
  }

  /// The id for a heading with this text (an empty slug becomes `section`).
  mutating func id(for text: String) -> String {
    var base = slugify(text)
    if base.isEmpty { base = "section" }
    var candidate = base
    var number = 0
    while !used.insert(Key(bytes: Array(candidate.utf8))).inserted {
      number += 1
      candidate = base + "-" + String(number)
    }
    return candidate
  }
}
