/// Gives headings `id`s that are unique within a page: the slug of the text, then `-1`,
/// `-2`, … for repeats.
struct HeadingIDs {
  /// Makes the slug of a heading's text.
  let slugify: @Sendable (String) -> String
  private var used: Set<Key> = []

  /// An id, hashed and compared as UTF-8 bytes (a `String` hashes its normalised form,
  /// slowly, and two ids count as one only when their bytes are equal).
  private struct Key: Hashable {
    let text: String

    static func == (left: Key, right: Key) -> Bool {
      left.text.utf8.elementsEqual(right.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
      var copy = text
      copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  init(slugify: @escaping @Sendable (String) -> String) {
    self.slugify = slugify
  }

  /// Makes room for `count` ids.
  mutating func reserveCapacity(_ count: Int) { used.reserveCapacity(count) }

  /// The id for a heading with this text (an empty slug becomes `section`).
  mutating func id(for text: String) -> String {
    var base = slugify(text)
    if base.isEmpty { base = "section" }
    var candidate = base
    var number = 0
    while !used.insert(Key(text: candidate)).inserted {
      number += 1
      candidate = base + "-" + String(number)
    }
    return candidate
  }
}
