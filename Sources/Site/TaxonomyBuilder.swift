/// Builds the tags, subjects, grades and levels with their pages, and rejects two different
/// terms that would land on one URL.
struct TaxonomyBuilder {
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// The four taxonomies; empty ones are kept so templates can rely on them.
  func build(_ model: SiteModel) -> [Taxonomy] {
    [
      collect("tags", model) { $0.tags },
      collect("subjects", model) { $0.facts.subjects },
      collect("grades", model) { $0.facts.grades.map(String.init) },
      collect("levels", model) { $0.facts.level.map { [$0] } ?? [] },
    ]
  }

  private struct Collected {
    var name: String
    var firstPath: String
    var pages: [Int]
  }

  private func collect(_ taxonomy: String, _ model: SiteModel, values: (Page) -> [String])
    -> Taxonomy
  {
    var byKey: [String: Collected] = [:]
    for (index, page) in model.pages.enumerated() {
      for value in values(page) {
        let key = RussianText.sortKey(value)
        if byKey[key] == nil {
          byKey[key] = Collected(name: value, firstPath: page.path, pages: [])
        }
        if byKey[key]?.pages.last != index { byKey[key]?.pages.append(index) }
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
