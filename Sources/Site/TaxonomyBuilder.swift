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
    parallelMap(Self.sources) { collect($0.name, model, values: $0.values) }
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

  /// The sort key of a term as written, computed once per spelling.
  private static func sortKey(of value: String, memo: inout [String: String]) -> String {
    if let known = memo[value] { return known }
    let key = RussianText.sortKey(value)
    memo[value] = key
    return key
  }

  private func collect(_ taxonomy: String, _ model: SiteModel, values: @Sendable (Page) -> [String])
    -> Taxonomy
  {
    var byKey: [String: Collected] = [:]
    var keyOfValue: [String: String] = [:]
    for (index, page) in model.pages.enumerated() {
      for value in values(page) {
        let key = Self.sortKey(of: value, memo: &keyOfValue)
        byKey[key, default: Collected(name: value, firstPath: page.path, pages: [])]
          .add(index)
      }
    }
    var bySlug: [String: Collected] = [:]
    var terms: [Term] = []
    for key in byKey.keys.sorted() {
      guard let collected = byKey[key] else { continue }
      let slug = Slug.make(collected.name, fallback: "term")
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
