import Markdown

extension MarkdownPhase {
  /// What parsing page `index` gives: taken from the cache when its file, the site's
  /// settings and the places its links lead to are what they were, else parsed (and kept
  /// for the next build); nil after reporting why the page can't be read.
  func parsedBody(of index: Int, reader: PageBodyReader) -> ParsedBody? {
    let page = model.pages[index]
    let key = ParsedBody.key(of: page)
    if let cache, let bytes = cache.value(for: key), let cached = ParsedBody(cacheBytes: bytes),
      cached.linkKey == linkKey(of: cached.links, page: index)
    {
      return cached
    }
    guard let body = reader.body(of: page), isReadable(body, page: page) else { return nil }
    let options = Self.options(
      model.config, language: page.language, firstLine: page.bodyFirstLine)
    let document = Document(markdownUTF8: body, options: options)
    let (html, links) = quietHTML(of: document, page: index)
    let parsed = ParsedBody(document, html: html, linkKey: ParsedBody.linkKey(links))
    cache?.store(parsed.cacheBytes, for: key)
    return parsed
  }

  /// Fills page `index` from its parsed body, reports its warnings, and hands its words to
  /// the search index and its HTML to the store.
  func take(_ parsed: ParsedBody, page index: Int) {
    let page = model.pages[index]
    report(parsed.warnings + parsed.formulaWarnings, in: page)
    reportImages(parsed.links, path: page.path)
    page.outline = parsed.outline
    page.hasVideo = parsed.hasVideo
    page.htmlAnchors = parsed.htmlAnchors
    page.links = parsed.links
    if page.summary.isEmpty { page.summary = Self.shortened(parsed.summary, limit: 300) }
    search?.add(
      SearchFeeder.document(for: page, in: model, body: parsed.plainText), id: index)
    if let store { page.bodyHTML = store.store(parsed.html) }
  }

  /// The ``ParsedBody/linkKey(_:)`` of `links` of page `index` as they would be shown now.
  private func linkKey(of links: [LinkReference], page index: Int) -> UInt64 {
    var target = LinkTarget(
      model: model, page: model.pages[index], pageIndex: index, diagnostics: DiagnosticBag(),
      checksAnchors: false)
    var linked: Set<Int> = []
    return ParsedBody.linkKey(links.map { target.output(for: $0, linked: &linked) })
  }
}
