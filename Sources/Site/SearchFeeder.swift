import Search
import Text

/// Hands the published pages to the search index: their words while they are parsed, the
/// fields shown in results at the end.
enum SearchFeeder {
  /// What the index learns of `page`, whose plain text is the UTF-8 `body`.
  static func document(for page: Page, in model: SiteModel, body: [UInt8]) -> SearchDocument {
    var document = SearchDocument(
      url: model.config.href(page.outputDirectory), title: page.title, kind: page.kind.rawValue,
      date: page.date?.isoDay, summary: page.summary, subject: page.facts.subjects.first,
      grades: page.facts.grades,
      tags: page.tags + (model.config.schema.isPeople(page.kind) ? page.facts.subjects : []),
      headings: page.outline.map(\.text)
        + [page.facts.name, page.facts.school, page.facts.place].compactMap { $0 },
      bodyUTF8: body)
    document.people = page.facts.people.map(\.name)
    addFacets(of: page, to: &document, schema: model.config.schema)
    document.searchWeight = page.searchWeight ?? folderSearchWeight(of: page, in: model) ?? 1
    return document
  }

  /// The olympiad levels and the site's own facets (the common ones are fields of their own).
  private static func addFacets(
    of page: Page, to document: inout SearchDocument, schema: SiteSchema
  ) {
    for facet in schema.facets where !facet.isCommon && facet.fields[page.kind.rawValue] != nil {
      guard let value = FacetTerms.terms(of: facet, on: page).first else { continue }
      if facet.name == "levels" {
        document.level = value
      } else if facet.hasOwnSearchFilter {
        document.facets[facet.name] = value
      }
    }
  }

  /// The `search:` weight of the nearest folder above `page` whose `_index.md` sets one.
  static func folderSearchWeight(of page: Page, in model: SiteModel) -> Double? {
    var folders = Paths.components(of: page.contentPath).dropLast().map(String.init)
    while true {
      if let weight = model.sectionSearchWeights[folders.joined(separator: "/")] { return weight }
      if folders.isEmpty { return nil }
      folders.removeLast()
    }
  }

  /// Writes the index files under `search/` into `area`, from the words `builder` was given,
  /// in batches written on all cores; the documents' result fields are gathered on all cores
  /// too.
  static func write(_ model: SiteModel, builder: SearchIndexBuilder, into area: StagingArea) {
    let documents = Parallel.map(model.pages) { document(for: $0, in: model, body: []) }
    var batch: [OutputFile] = []
    builder.build(documents: documents).forEachFile { file in
      batch.append(OutputFile(file.path, file.bytes))
      if batch.count == 64 {
        area.write(batch)
        batch.removeAll(keepingCapacity: true)
      }
    }
    area.write(batch)
  }
}
