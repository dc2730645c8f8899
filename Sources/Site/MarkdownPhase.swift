import Markdown

/// Step 3a: parses every page's Markdown in parallel (headings become anchors), then renders
/// it with links resolved against the page index, and records which pages link where.
struct MarkdownPhase {
  /// The site.
  let model: SiteModel
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// Parses every page; fills `document` and empty summaries.
  func parse() {
    let config = model.config
    let pages = model.pages
    _ = parallelMap(Array(pages.indices)) { index -> Bool in
      let page = pages[index]
      let options = Self.options(config, language: page.language, firstLine: page.bodyFirstLine)
      let document = Document(markdown: page.body, options: options)
      page.document = document
      page.outline = document.outline
      page.plainText = document.plainText
      page.body = ""
      if page.summary.isEmpty { page.summary = Self.shortened(document.summary, limit: 300) }
      return true
    }
    for index in model.sectionIndexes.values {
      let options = Self.options(config, language: config.language, firstLine: index.bodyFirstLine)
      index.document = Document(markdown: index.body, options: options)
    }
  }

  /// How the site's Markdown is read: heading ids are page slugs, raw HTML as configured,
  /// tables and code blocks written for web pages.
  static func options(_ config: SiteConfig, language: String, firstLine: Int) -> MarkdownOptions {
    MarkdownOptions(
      language: language, rawHTML: config.allowRawHTML ? .allow : .drop, firstLine: firstLine,
      slugify: { Slug.make($0, fallback: "section") }, webPage: true)
  }

  /// Resolves every page's links (reporting broken ones at their position) and records
  /// which pages link where, as backlinks. Renders nothing.
  func resolveLinks() {
    let model = self.model
    let diagnostics = self.diagnostics
    let linkedByPage = parallelMap(Array(model.pages.indices)) { index -> Set<Int> in
      let target = LinkTarget(
        model: model, page: model.pages[index], pageIndex: index, diagnostics: diagnostics)
      var linked: Set<Int> = []
      for link in model.pages[index].document?.links ?? [] {
        _ = target.resolve(link, linked: &linked)
      }
      return linked
    }
    for (index, linked) in linkedByPage.enumerated() {
      for target in linked { model.pages[target].backlinks.insert(index) }
    }
  }

  /// The HTML of one page with its links resolved (after ``resolveLinks()`` has reported
  /// any problem, so nothing is reported twice).
  func html(of index: Int) -> String {
    let quiet = DiagnosticBag()
    let target = LinkTarget(
      model: model, page: model.pages[index], pageIndex: index, diagnostics: quiet)
    var linked: Set<Int> = []
    return model.pages[index].document?.renderHTML { target.resolve($0, linked: &linked) } ?? ""
  }

  /// Renders the intro of each section's `_index.md` (`""` is the home page) by section name.
  func renderIntros() -> [String: String] {
    var intros: [String: String] = [:]
    for (name, index) in model.sectionIndexes {
      index.outputDirectory = name.isEmpty ? "" : Slug.make(name, fallback: "section") + "/"
      let target = LinkTarget(model: model, page: index, pageIndex: nil, diagnostics: diagnostics)
      var linked: Set<Int> = []
      intros[name] = index.document?.renderHTML { target.resolve($0, linked: &linked) } ?? ""
    }
    return intros
  }

  /// The text cut at a word boundary to at most `limit` characters, with `…` when cut.
  static func shortened(_ text: String, limit: Int) -> String {
    let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard clean.count > limit else { return clean }
    let cut = clean.prefix(limit)
    let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
    var result = String(cut[..<boundary])
    while let last = result.last, ",.;:—-".contains(last) { result.removeLast() }
    return result + "…"
  }
}
