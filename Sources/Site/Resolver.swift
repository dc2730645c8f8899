import FrontMatter
import Text

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
      diagnostics: diagnostics, siteLanguage: config.language, maxTags: config.maxTags,
      schema: config.schema)
    _ = Parallel.map(content.pages) { page -> Bool in
      let parts = Paths.components(of: page.contentPath)
      page.section = parts.count > 1 ? String(parts[0]) : ""
      reader.read(page)
      return true
    }
    for (name, index) in content.sectionIndexes {
      let fields = FieldReader(path: index.path, diagnostics: diagnostics)
      _ = fields.string(index.fields["title"], named: "title")
      model.sectionSearchWeights[name] = fields.searchWeight(
        index.fields["search"], named: "search")
    }
    if includeDrafts {
      for page in content.pages { page.unpublished = reason(leavingOut: page) }
    }
    model.pages = content.pages.filter { leftOutReason($0) == nil }
    model.leftOut = content.pages.compactMap { page in
      leftOutReason(page).map { LeftOutPage(path: page.path, reason: $0) }
    }.sorted { $0.path < $1.path }
    URLPlanner(diagnostics: diagnostics).assign(model)
    model.pageCandidates = FileSuggestion.Candidates(model.pageBySource.keys)
    model.assetCandidates = FileSuggestion.Candidates(model.assets)
    PeopleResolver(diagnostics: diagnostics).resolve(model)
    AttachmentCollector(diagnostics: diagnostics, maxFileBytes: config.maxFileMB << 20).collect(
      model, leftOut: content.pages.filter { leftOutReason($0) != nil })
    model.sections = SectionBuilder(config: config).build(model)
    model.menu = MenuBuilder(diagnostics: diagnostics, configPath: config.path).build(model)
    model.taxonomies = TaxonomyBuilder(diagnostics: diagnostics).build(model)
    _ = Parallel.map(model.pages) { page -> Bool in
      page.fields = YAMLMapping()
      return true
    }
    return model
  }

  /// Why `page` stays out of this build, or nil when it is in.
  private func leftOutReason(_ page: Page) -> LeftOutPage.Reason? {
    includeDrafts ? nil : reason(leavingOut: page)
  }

  /// Why the published site leaves `page` out, or nil when it is published.
  private func reason(leavingOut page: Page) -> LeftOutPage.Reason? {
    if page.draft { return .draft }
    if !config.schema.isEvent(page.kind), let date = page.date, date.dayKey > today {
      return .future(date)
    }
    return nil
  }
}
