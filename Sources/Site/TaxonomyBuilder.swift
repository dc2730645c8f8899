import Text

/// Builds the taxonomies of the schema's facets (tags, subjects, grades, olympiad levels and
/// any a site declares) with their pages, and rejects two different
/// terms that would land on one URL.
struct TaxonomyBuilder: Sendable {
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// One taxonomy per facet of the schema (tags, subjects and grades first), built side by
  /// side; empty ones are kept so templates can rely on them.
  func build(_ model: SiteModel) -> [Taxonomy] {
    Parallel.map(model.config.schema.facets) { facet in
      collect(facet, model) { FacetTerms.terms(of: facet, on: $0) }
    }
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

  private func collect(_ facet: Facet, _ model: SiteModel, values: (Page) -> [String])
    -> Taxonomy
  {
    let taxonomy = facet.name
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
    if facet.type == .grades || taxonomy == "grades" {
      terms.sort { (Int($0.name) ?? 0) < (Int($1.name) ?? 0) }
    }
    return Taxonomy(name: taxonomy, label: facet.label, terms: terms)
  }
}

/// The terms a page has in a facet.
enum FacetTerms {
  /// Tags, subjects and grades from every page; any other facet from the field of the page's
  /// kind that declares it.
  static func terms(of facet: Facet, on page: Page) -> [String] {
    switch facet.name {
    case "tags": return page.tags
    case "subjects": return page.facts.subjects
    case "grades": return page.facts.grades.map(String.init)
    default:
      guard let field = facet.fields[page.kind.rawValue] else { return [] }
      return page.facts.terms[field] ?? []
    }
  }
}
