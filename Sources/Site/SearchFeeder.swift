import Search

/// Hands the published pages to the search index as plain text.
struct SearchFeeder {
  /// The site.
  let model: SiteModel

  /// The index files under `search/`.
  func files() -> [OutputFile] {
    let documents = model.pages.map { page in
      SearchDocument(
        url: model.config.href(page.outputDirectory), title: page.title, kind: page.kind.rawValue,
        date: page.date?.isoDay, summary: page.summary, subject: page.facts.subjects.first,
        grades: page.facts.grades,
        tags: page.tags + (page.kind == .portfolio ? page.facts.subjects : []),
        headings: page.outline.map(\.text)
          + [page.facts.name, page.facts.school, page.facts.place].compactMap { $0 },
        body: page.plainText)
    }
    return SearchIndex(documents: documents).files().map { OutputFile($0.path, $0.bytes) }
  }
}
