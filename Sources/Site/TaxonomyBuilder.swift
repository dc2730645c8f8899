import Text

/// Builds the tags, subjects, grades and levels with their pages, and rejects two different
/// terms that would land on one URL.
struct TaxonomyBuilder: Sendable {
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// One taxonomy's name and how to read its terms off a page.
  private struct Source: Sendable {
    let name: String
    let values: @Sendable (Page) -> [String]
  }

  private static let sources = [
    Source(name: "tags") { $0.tags },
    Source(name: "subjects") { $0.facts.subjects },
    Source(name: "grades") { $0.facts.grades.map(String.init) },
    Source(name: "levels") { $0.facts.level.map { [$0] } ?? [] },
  ]

  /// The four taxonomies, built side by side; empty ones are kept so templates can rely on
  /// them.
  func build(_ model: SiteModel) -> [Taxonomy] {
    Parallel.map(Self.sources) { collect($0.name, model, values: $0.values) }
  }

  private struct Collected {
    var name: String
    var firstPath: String
    var pages: [Int]

    /// Adds the page once, however often it names the term.
    mutating func add(_ page: Int) {
      if pages.last != page { pages.append(page) }
    }
  }

  /// The terms of one taxonomy as the pages name them: one entry per sort key (spellings
  /// that differ only in case or ё/е share it), found through the exact spelling first.
  private struct Collector {
    var entries: [Collected] = []
    var entryOfKey: [String: Int] = [:]
    var entryOfSpelling: [ExactText: Int] = [:]

    /// Records that page `index` (at `path`) names the term `value`.
    mutating func add(_ value: String, page index: Int, path: String) {
      let entry = self.entry(for: value, path: path)
      entries[entry].add(index)
    }

    private mutating func entry(for value: String, path: String) -> Int {
      let spelling = ExactText(value)
      if let known = entryOfSpelling[spelling] { return known }
      let key = RussianText.sortKey(value)
      let entry: Int
      if let existing = entryOfKey[key] {
        entry = existing
      } else {
        entry = entries.count
        entries.append(Collected(name: value, firstPath: path, pages: []))
        entryOfKey[key] = entry
      }
      entryOfSpelling[spelling] = entry
      return entry
    }
  }

  private func collect(_ taxonomy: String, _ model: SiteModel, values: @Sendable (Page) -> [String])
    -> Taxonomy
  {
    var collector = Collector()
    for (index, page) in model.pages.enumerated() {
      for value in values(page) { collector.add(value, page: index, path: page.path) }
    }
    var bySlug: [String: Collected] = [:]
    var terms: [Term] = []
    for key in collector.entryOfKey.keys.sorted() {
      guard let entry = collector.entryOfKey[key] else { continue }
      let collected = collector.entries[entry]
      let slug = Slug.make(collected.name, fallback: "term")
      if slug.utf8.count > Slug.longest {
        diagnostics.error(
          collected.firstPath, line: 1, column: 1,
          "\(taxonomy) '\(Diagnostic.quoted(collected.name))' is too long to become a page of"
            + " the site ('/\(taxonomy)/…/' would have \(slug.utf8.count) letters, at most"
            + " \(Slug.longest)): shorten it")
        continue
      }
      if let other = bySlug[slug] {
        diagnostics.error(
          collected.firstPath, line: 1, column: 1,
          "\(taxonomy) '\(collected.name)' and '\(other.name)' (in \(other.firstPath)) both become '/\(taxonomy)/\(slug)/': spell them the same or make them differ in letters"
        )
        continue
      }
      bySlug[slug] = collected
      terms.append(
        Term(
          name: collected.name, slug: slug,
          pages: SectionBuilder.ordered(collected.pages, in: model)))
    }
    if taxonomy == "grades" {
      terms.sort { (Int($0.name) ?? 0) < (Int($1.name) ?? 0) }
    }
    return Taxonomy(name: taxonomy, terms: terms)
  }
}
