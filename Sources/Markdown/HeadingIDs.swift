import Text

/// Gives headings `id`s that are unique within a page: the slug of the text, then `-1`,
/// `-2`, … for repeats. Ids written by the author (`{#id}`) are reserved first, so a made
/// id never takes one.
struct HeadingIDs {
  /// Makes the slug of a heading's text.
  let slugify: @Sendable (String) -> String
  private var used: Set<ExactText> = []
  /// For each base slug, the last number tried, so that the `n`-th repeat of a heading does
  /// not try `-1` … `-(n-1)` again (which made 20,000 equal headings take 22 s). Ids are
  /// keyed by their bytes: a `String` hashes its normalised form, slowly.
  private var lastNumber: [ExactText: Int] = [:]
  /// How many candidates were tried in all (for the test that ids are made in linear time).
  private(set) var tries = 0

  init(slugify: @escaping @Sendable (String) -> String) {
    self.slugify = slugify
  }

  /// Makes room for `count` ids.
  mutating func reserveCapacity(_ count: Int) { used.reserveCapacity(count) }

  /// Reserves an id the author wrote; false when the page already has it.
  mutating func reserve(_ id: String) -> Bool { used.insert(ExactText(id)).inserted }

  /// The id for a heading with this text (an empty slug becomes `section`).
  mutating func id(for text: String) -> String {
    var base = slugify(text)
    if base.isEmpty { base = "section" }
    return unique(base)
  }

  /// `base`, or `base-n` with the smallest `n` not tried before for this base that is free.
  mutating func unique(_ base: String) -> String {
    let key = ExactText(base)
    var number = lastNumber[key] ?? 0
    var candidate = number == 0 ? base : base + "-" + String(number)
    tries += 1
    while !used.insert(ExactText(candidate)).inserted {
      number += 1
      tries += 1
      candidate = base + "-" + String(number)
    }
    lastNumber[key] = number + 1
    return candidate
  }
}
