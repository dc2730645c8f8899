import FrontMatter

/// Step 2 of the pipeline: decides kinds, checks fields, computes URLs, resolves references
/// and builds sections and taxonomies. Every problem goes to the diagnostics.
struct Resolver {
  /// The settings.
  let config: SiteConfig
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// Whether drafts and future pages are built.
  let includeDrafts: Bool
  /// The absolute path of `content/`.
  let contentRoot: String
  /// Today as `YYYYMMDD`, for leaving out future pages.
  let today: Int

  /// Resolves loaded content into a site model. The pages' front matter is read into their
  /// typed properties and then released (a large site's front matter takes much memory).
  func resolve(_ content: ContentLoader.Result) -> SiteModel {
    let model = SiteModel(config: config, contentRoot: contentRoot)
    model.sectionIndexes = content.sectionIndexes
    model.assets = content.assets
    let reader = PageFieldsReader(
      diagnostics: diagnostics, siteLanguage: config.language, schema: config.schema)
    _ = parallelMap(content.pages) { page -> Bool in
      let parts = Paths.components(of: page.contentPath)
      page.section = parts.count > 1 ? String(parts[0]) : ""
      reader.read(page)
      return true
    }
    for index in content.sectionIndexes.values {
      _ = FieldReader(path: index.path, diagnostics: diagnostics).string(
        index.fields["title"], named: "title")
    }
    model.pages = content.pages.filter(isPublished)
    model.leftOutCount = content.pages.count - model.pages.count
    URLPlanner(diagnostics: diagnostics).assign(model)
    PeopleResolver(diagnostics: diagnostics).resolve(model)
    AttachmentCollector().collect(model)
    model.sections = SectionBuilder(config: config).build(model)
    model.taxonomies = TaxonomyBuilder(diagnostics: diagnostics).build(model)
    _ = parallelMap(model.pages) { page -> Bool in
      page.fields = YAMLMapping()
      return true
    }
    return model
  }

  private func isPublished(_ page: Page) -> Bool {
    if includeDrafts { return true }
    if page.draft { return false }
    if !page.kind.events, let date = page.date, date.dayKey > today { return false }
    return true
  }
}
