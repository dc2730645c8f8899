import Markdown

/// What parsing one page's Markdown gives the rest of the build: its headings, links, text
/// for search, summary, HTML with links resolved, and what it warned about. Kept in the
/// ``BuildCache`` so that a page whose file did not change is not parsed again.
struct ParsedBody: Equatable {
  /// The headings, with their anchors.
  var outline: [Heading]
  /// The links and images, in order.
  var links: [LinkReference]
  /// The anchors the raw HTML sets.
  var htmlAnchors: [String]
  /// Whether it shows a video embed.
  var hasVideo: Bool
  /// The first paragraph's text.
  var summary: String
  /// What the Markdown lost, at its places in the file.
  var warnings: [MarkdownWarning]
  /// The formulas that could not be read, at their places.
  var formulaWarnings: [MarkdownWarning]
  /// The plain text, UTF-8, for the search index.
  var plainText: [UInt8]
  /// The HTML with links resolved.
  var html: [UInt8]
  /// The hash of what each link became in `html` (``linkKey(_:)``): the HTML is only taken
  /// again while the links still lead to the same places.
  var linkKey: UInt64

  /// The result of `document`, whose links became `html`.
  init(_ document: Document, html: [UInt8], linkKey: UInt64) {
    outline = document.outline
    links = document.links
    htmlAnchors = document.htmlAnchors
    hasVideo = document.hasVideoEmbeds
    summary = document.summary
    warnings = document.warnings
    formulaWarnings = document.formulaWarnings.map {
      MarkdownWarning(line: $0.line, column: $0.column, message: $0.message)
    }
    plainText = document.plainTextUTF8
    self.html = html
    self.linkKey = linkKey
  }

  /// The hash of what `outputs` (one per link, in order) show.
  static func linkKey(_ outputs: [LinkOutput]) -> UInt64 {
    var hash = ContentHash()
    for output in outputs {
      switch output {
      case .written: hash.add(0)
      case .text: hash.add(1)
      case .destination(let url): hash.add("d" + url)
      case .image(let url, let width, let height):
        hash.add("i" + url)
        hash.add(width)
        hash.add(height)
      }
    }
    return hash.value
  }

  /// The key of a page's parsed body: the file's path and bytes' hash, and what else its
  /// Markdown is read with (the cache adds what the whole site shares).
  static func key(of page: Page) -> UInt64 {
    var hash = ContentHash()
    hash.add("parsed body")
    hash.add(page.path)
    hash.add(Int(bitPattern: UInt(page.sourceHash.value)))
    hash.add(page.language)
    hash.add(page.bodyFirstLine)
    hash.add(page.bodyOffset)
    return hash.value
  }
}

extension ParsedBody {
  /// The bytes the cache keeps.
  var cacheBytes: [UInt8] {
    var writer = CacheWriter()
    writer.add(outline) { writer, heading in
      writer.add(heading.level)
      writer.add(heading.text)
      writer.add(heading.id)
      writer.add(heading.aliases) { $0.add($1) }
    }
    writer.add(links) { writer, link in
      writer.add(link.destination)
      writer.add(link.isImage)
      writer.add(link.text)
      writer.add(link.line)
      writer.add(link.column)
    }
    writer.add(htmlAnchors) { $0.add($1) }
    writer.add(hasVideo)
    writer.add(summary)
    for list in [warnings, formulaWarnings] {
      writer.add(list) { writer, warning in
        writer.add(warning.line)
        writer.add(warning.column)
        writer.add(warning.message)
      }
    }
    writer.add(plainText)
    writer.add(html)
    writer.add(linkKey)
    return writer.bytes
  }

  /// The body `bytes` hold (``cacheBytes``); nil when they are not one.
  init?(cacheBytes bytes: [UInt8]) {
    var reader = CacheReader(bytes)
    guard
      let outline = reader.list({ reader -> Heading? in
        guard let level = reader.number(), let text = reader.text(), let id = reader.text(),
          let aliases = reader.list({ $0.text() })
        else { return nil }
        return Heading(level: level, text: text, id: id, aliases: aliases)
      }),
      let links = reader.list({ reader -> LinkReference? in
        guard let destination = reader.text(), let isImage = reader.flag(),
          let text = reader.text(), let line = reader.number(), let column = reader.number()
        else { return nil }
        return LinkReference(
          destination: destination, isImage: isImage, text: text, line: line, column: column)
      }),
      let htmlAnchors = reader.list({ $0.text() }), let hasVideo = reader.flag(),
      let summary = reader.text(), let warnings = Self.warnings(&reader),
      let formulaWarnings = Self.warnings(&reader), let plainText = reader.data(),
      let html = reader.data(), let linkKey = reader.word(), reader.isAtEnd
    else { return nil }
    (self.outline, self.links, self.htmlAnchors, self.hasVideo) =
      (outline, links, htmlAnchors, hasVideo)
    (self.summary, self.warnings, self.formulaWarnings) = (summary, warnings, formulaWarnings)
    (self.plainText, self.html, self.linkKey) = (plainText, html, linkKey)
  }

  private static func warnings(_ reader: inout CacheReader) -> [MarkdownWarning]? {
    reader.list { reader -> MarkdownWarning? in
      guard let line = reader.number(), let column = reader.number(),
        let message = reader.text()
      else { return nil }
      return MarkdownWarning(line: line, column: column, message: message)
    }
  }
}
