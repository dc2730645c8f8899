import Search

/// Hands the published pages to the search index: their words while they are parsed, the
/// fields shown in results at the end.
enum SearchFeeder {
  /// What the index learns of `page`, whose plain text is the UTF-8 `body`.
  static func document(for page: Page, in model: SiteModel, body: [UInt8]) -> SearchDocument {
    var document = SearchDocument(
      url: model.config.href(page.outputDirectory), title: page.title, kind: page.kind.name,
      date: page.date?.isoDay, summary: page.summary, subject: page.facts.subjects.first,
      grades: page.facts.grades,
      tags: page.tags + (page.kind.people ? page.facts.subjects : []),
      headings: page.outline.map(\.text)
        + [page.facts.name, page.facts.school, page.facts.place].compactMap { $0 },
      bodyUTF8: body)
    for (facet, values) in page.facetValues where !builtInFilters.contains(facet) {
      document.facets[facet] = values
    }
    return document
  }

  /// The facets the search page filters by with fields of their own (subject, grade).
  static let builtInFilters: Set<String> = ["subjects", "grades"]

  /// Writes the index files under `search/` into `area`, from the words `builder` was given,
  /// in batches written on all cores; the documents' result fields are gathered on all cores
  /// too.
  static func write(_ model: SiteModel, builder: SearchIndexBuilder, into area: StagingArea) {
    let documents = parallelMap(model.pages) { document(for: $0, in: model, body: []) }
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
