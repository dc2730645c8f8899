import Markdown
import Search
import Text

/// Step 3a: parses every page's Markdown in parallel (headings become anchors) and renders
/// it with links resolved against the page index; then reports broken links and records
/// which pages link where.
struct MarkdownPhase {
  /// The site.
  let model: SiteModel
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// Where each page's HTML waits until its page is rendered; nil when nothing is rendered.
  var store: BodyStore?
  /// Where each page's words go; nil when no search index is built.
  var search: SearchIndexBuilder?
  /// Where parsed pages are kept for the next build; nil when none are kept.
  var cache: BuildCache?

  /// Parses every page in parallel: fills outlines, links and empty summaries, hands the
  /// words to `search` and the HTML (links resolved, nothing reported) to `store`. Section
  /// intros keep their documents.
  func parse() {
    let model = self.model
    let reader = PageBodyReader(contentRoot: model.contentRoot, diagnostics: diagnostics)
    _ = Parallel.map(Array(model.pages.indices)) { index -> Bool in
      guard let parsed = parsedBody(of: index, reader: reader) else { return false }
      take(parsed, page: index)
      return true
    }
    for index in model.sectionIndexes.values {
      guard let body = reader.body(of: index), isReadable(body, page: index) else { continue }
      let options = Self.options(
        model.config, language: model.config.language, firstLine: index.bodyFirstLine)
      index.document = Document(markdownUTF8: body, options: options)
      report(index.document?.warnings ?? [], in: index)
      if let document = index.document { reportFormulas(of: document, path: index.path) }
    }
  }

  /// Whether libcmark can read `body` in reasonable time; an error at the paragraph when not.
  func isReadable(_ body: [UInt8], page: Page) -> Bool {
    guard let slow = SlowShapes.find(body, firstLine: page.bodyFirstLine) else { return true }
    diagnostics.error(page.path, line: slow.line, column: slow.column, slow.message)
    return false
  }

  /// Reports what a page's Markdown lost, at its places in the file.
  func report(_ warnings: [MarkdownWarning], in page: Page) {
    for warning in warnings {
      diagnostics.warning(page.path, line: warning.line, column: warning.column, warning.message)
    }
  }

  /// Reports the formulas that could not be read (they are shown as code) and images
  /// without a description.
  private func reportFormulas(of document: Document, path: String) {
    for warning in document.formulaWarnings {
      diagnostics.warning(path, line: warning.line, column: warning.column, warning.message)
    }
    reportImages(document.links, path: path)
  }

  /// Reports the images without a description.
  func reportImages(_ links: [LinkReference], path: String) {
    for image in links where image.isImage && image.text.isEmpty {
      diagnostics.warning(
        path, line: image.line, column: image.column,
        "the image '\(image.destination)' has no description: write what it shows between "
          + "the brackets, ![like this](\(image.destination)), for readers who can't see it")
    }
  }

  /// The HTML of a page's document with its links resolved, reporting nothing (that is
  /// ``resolveLinks()``'s job, once every page's headings are known).
  func quietHTML(of document: Document, page index: Int, checksAnchors: Bool = false)
    -> (html: [UInt8], links: [LinkOutput])
  {
    var target = LinkTarget(
      model: model, page: model.pages[index], pageIndex: index, diagnostics: DiagnosticBag(),
      checksAnchors: checksAnchors)
    var linked: Set<Int> = []
    var outputs: [LinkOutput] = []
    let html = document.htmlBytes(showingLinks: {
      let output = target.output(for: $0, linked: &linked)
      outputs.append(output)
      return output
    })
    return (html, outputs)
  }

  /// How the site's Markdown is read: heading ids are page slugs, raw HTML as configured,
  /// tables and code blocks written for web pages.
  static func options(_ config: SiteConfig, language: String, firstLine: Int) -> MarkdownOptions {
    MarkdownOptions(
      language: language, rawHTML: config.allowRawHTML ? .allow : .drop, firstLine: firstLine,
      slugify: { Slug.make($0, fallback: "section") }, webPage: true)
  }

  /// Resolves every page's links (reporting broken ones at their position) and records
  /// which pages link where, as backlinks; images shown in a page leave its attachments.
  /// Renders nothing. Returns how many links are
  /// shown as text because they lead to a missing page, file or anchor.
  @discardableResult
  func resolveLinks() -> Int {
    let model = self.model
    let diagnostics = self.diagnostics
    let targets = Parallel.map(Array(model.pages.indices)) { index -> (LinkTarget, Set<Int>) in
      var target = LinkTarget(
        model: model, page: model.pages[index], pageIndex: index, diagnostics: diagnostics)
      var linked: Set<Int> = []
      for link in model.pages[index].links {
        _ = target.output(for: link, linked: &linked)
      }
      return (target, linked)
    }
    var withBroken: [Int] = []
    for (index, (target, linked)) in targets.enumerated() {
      for other in linked { model.pages[other].backlinks.insert(index) }
      if target.brokenCount > 0 { withBroken.append(index) }
      model.pages[index].firstImage = target.firstImage
      if !target.shownImages.isEmpty {
        model.pages[index].attachments.removeAll {
          target.shownImages.contains(String(SourceLayout.contentRelative($0.sourcePath)))
        }
      }
    }
    rerender(withBroken)
    return targets.reduce(0) { $0 + $1.0.brokenCount }
  }

  /// Renders again the pages with links shown as text: a link to a missing anchor of another
  /// page is only known once every page is parsed, after the page's HTML was made.
  private func rerender(_ pages: [Int]) {
    guard let store, !pages.isEmpty else { return }
    let reader = PageBodyReader(contentRoot: model.contentRoot, diagnostics: DiagnosticBag())
    _ = Parallel.map(pages) { index -> Bool in
      let page = model.pages[index]
      guard let body = reader.body(of: page), isReadable(body, page: page) else { return false }
      let options = Self.options(
        model.config, language: page.language, firstLine: page.bodyFirstLine)
      let document = Document(markdownUTF8: body, options: options)
      page.bodyHTML = store.store(quietHTML(of: document, page: index, checksAnchors: true).html)
      return true
    }
  }

  /// The UTF-8 HTML of one page with its links resolved, as stored by ``parse()``; empty
  /// when the store can't give it back (the store then reports having failed).
  func html(of index: Int) -> [UInt8] {
    guard let handle = model.pages[index].bodyHTML else { return [] }
    return store?.html(at: handle) ?? []
  }

  /// Renders the intro of each section's `_index.md` (`""` is the home page) by section name.
  func renderIntros() -> [String: String] {
    var intros: [String: String] = [:]
    for (name, index) in model.sectionIndexes {
      index.outputDirectory = name.isEmpty ? "" : Slug.make(name, fallback: "section") + "/"
      var target = LinkTarget(model: model, page: index, pageIndex: nil, diagnostics: diagnostics)
      var linked: Set<Int> = []
      let html = index.document?.htmlBytes(showingLinks: { target.output(for: $0, linked: &linked) }
      )
      intros[name] = html.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
    return intros
  }

  /// The text cut at a word boundary to at most `limit` characters, with `…` when cut.
  static func shortened(_ text: String, limit: Int) -> String {
    // Only the start is looked at: a page of 100,000 addresses on one line spent a second
    // splitting all of its text to keep 300 characters.
    let head = text.prefix(limit * 4)
    let clean = head.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard clean.count > limit else {
      return head.endIndex == text.endIndex || clean.isEmpty ? clean : clean + "…"
    }
    let cut = clean.prefix(limit)
    let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
    var result = String(cut[..<boundary])
    while let last = result.last, ",.;:—-".contains(last) { result.removeLast() }
    return result + "…"
  }
}
