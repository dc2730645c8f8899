import Mustache
import Text

/// Step 3b: fills the templates for every page and list in parallel, and makes the feeds and
/// the list of files to copy.
struct Renderer: Sendable {
  /// The site.
  let model: SiteModel
  /// Templates, static files and strings.
  let theme: Theme
  /// Today as `YYYYMMDD`.
  let today: Int
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// Where network maps are kept for the next build; nil when none are kept.
  var cache: BuildCache?

  /// Builds the template values every page shares.
  var builder: ContextBuilder {
    ContextBuilder(
      model: model, strings: theme.strings, today: today, year: today / 10_000, cache: cache)
  }

  /// Renders the pages of the content, each through its kind's template, into `area` as
  /// soon as each is done (no page waits in memory).
  func writePages(
    html: @escaping @Sendable (Int) -> [UInt8], builder: ContextBuilder, into area: StagingArea
  ) {
    let templates = theme.templates
    let diagnostics = self.diagnostics
    let model = self.model
    _ = Parallel.map(Array(model.pages.indices)) { index -> Bool in
      let page = model.pages[index]
      let wanted = model.config.schema.schema(of: page.kind).template
      let name = [wanted, page.kind.rawValue, "entry"].first(where: templates.contains) ?? "page"
      let context = builder.pageContext(index, html: html(index))
      let path = page.outputDirectory + "index.html"
      guard
        let file = Self.render(
          name, context: context, to: path, templates: templates, diagnostics: diagnostics)
      else { return false }
      area.write(file)
      return true
    }
  }

  /// Renders the home page, section lists, taxonomies, search and 404 pages into `area` as
  /// each is done; the feeds and the sitemap are made alongside.
  func writeLists(
    html: @escaping @Sendable (Int) -> [UInt8], intros: [String: String],
    builder: ContextBuilder, into area: StagingArea
  ) {
    let lists = listPages(builder: builder, intros: intros)
    let extrasStep = BackgroundStep {
      area.write(extras(html: html, builder: builder, lists: lists))
    }
    writeLists(lists, into: area)
    _ = extrasStep.wait()
  }

  /// One group of list pages: the home page, a section's, a taxonomy's, or the utility pages.
  private enum ListGroup: Sendable {
    case home
    case section(Section)
    case taxonomy(Taxonomy)
    case utility
  }

  private func listPages(builder: ContextBuilder, intros: [String: String]) -> [ListPage] {
    let groups: [ListGroup] =
      [.home] + model.sections.map { .section($0) } + model.taxonomies.map { .taxonomy($0) }
      + [.utility]
    let pages = Parallel.map(groups) { group -> [ListPage] in
      switch group {
      case .home: [builder.homePage(intro: intros[""])]
      case .section(let section): builder.sectionPages(section, intro: intros[section.name])
      case .taxonomy(let taxonomy): builder.taxonomyPages(taxonomy)
      case .utility: builder.utilityPages()
      }
    }
    return pages.flatMap { $0 }
  }

  private func writeLists(_ lists: [ListPage], into area: StagingArea) {
    let templates = theme.templates
    let diagnostics = self.diagnostics
    _ = Parallel.map(lists) { list -> Bool in
      let path = list.folder == "404" ? "404.html" : list.folder + "index.html"
      guard
        let file = Self.render(
          list.template, context: list.context, to: path, templates: templates,
          diagnostics: diagnostics)
      else { return false }
      area.write(file)
      return true
    }
  }

  private static func render(
    _ name: String, context: TemplateValue, to path: String, templates: TemplateSet,
    diagnostics: DiagnosticBag
  ) -> OutputFile? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32_768)
    do {
      try templates.renderBytes(name, context: context, into: &bytes)
      return OutputFile(path, bytes)
    } catch let error as TemplateError {
      diagnostics.error(error.file, line: error.line, column: error.column, error.message)
    } catch {
      diagnostics.error(SourceLayout.layoutFile(name), "cannot render '\(path)': \(error)")
    }
    return nil
  }

  private func extras(
    html: @escaping @Sendable (Int) -> [UInt8], builder: ContextBuilder, lists: [ListPage]
  )
    -> [OutputFile]
  {
    let feeds = Feeds(model: model, html: html)
    let folders =
      model.pages.map(\.outputDirectory)
      + lists.map(\.folder).filter { $0 != "404" && $0 != "search/" }
    let materials = feedItems(builder: builder)
    let calendar = Calendar(model: model, feeds: feeds)
    let sectionFeeds = model.sections.map { section in
      OutputFile(
        section.outputDirectory + "feed.xml",
        text: feeds.atom(
          newest: builder.newestFirst(section.pages), folder: section.outputDirectory,
          title: model.config.title + " — " + builder.sectionTitle(section)))
    }
    return calendar.eventFiles() + [
      OutputFile("sitemap.xml", text: feeds.sitemap(folders: folders)),
      OutputFile("feed.xml", text: feeds.atom(newest: materials)),
      OutputFile("calendar.ics", text: calendar.text()),
      OutputFile("robots.txt", text: feeds.robots()),
    ] + sectionFeeds
  }

  /// The materials the Atom feed carries, newest first.
  private func feedItems(builder: ContextBuilder) -> [Int] {
    let materials = model.pages.indices.filter {
      model.config.schema.isInFeed(model.pages[$0].kind)
    }
    return Array(builder.newestFirst(materials).prefix(model.config.feedItems))
  }

  /// Static files of the theme and the site, and files beside the content.
  func copyFiles() -> [OutputFile] {
    var files: [OutputFile] = []
    for (path, source) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
      switch source {
      case .builtIn(let bytes): files.append(OutputFile(path, bytes))
      case .disk(let file): files.append(OutputFile(path, copyOf: file))
      }
    }
    for (asset, output) in model.assetOutput.sorted(by: { $0.key < $1.key }) {
      files.append(OutputFile(output, copyOf: model.contentRoot + "/" + asset))
    }
    return files
  }
}
