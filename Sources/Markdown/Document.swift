import CMark
import Foundation

/// A page's Markdown, parsed once by libcmark and run through our passes (GFM tables,
/// autolinks and strikethrough, typography, heading ids), ready to be rendered.
///
/// `init` does all the work and keeps only its results (the cmark tree is freed): the HTML
/// with holes for link destinations, the outline, links, plain text and summary. A document
/// never changes afterwards, so it may be used from several threads; distinct documents may
/// be built on distinct threads at once.
public final class Document: Sendable {
  /// The headings in order, with their ids.
  public let outline: [Heading]
  /// The links and images in document order.
  public let links: [LinkReference]
  /// What the Markdown loses or reads differently from what was likely meant, in document
  /// order (raw HTML left out, a code block never closed, …).
  public let warnings: [MarkdownWarning]
  /// The anchors set by raw HTML (`<a id="…">`, `<span id="…">`, `<a name="…">`): kept in the
  /// page even when raw HTML is dropped, so links to them work.
  public let htmlAnchors: [String]
  /// Whether the page shows a video embed (the theme then loads its small video script).
  public let hasVideoEmbeds: Bool
  /// The page's text without markup (table cells and code included, raw HTML left out):
  /// blocks on lines of their own, words separated by spaces; as UTF-8 bytes.
  public let plainTextUTF8: [UInt8]
  /// ``plainTextUTF8`` as a string (made on each call).
  public var plainText: String { String(decoding: plainTextUTF8, as: UTF8.self) }
  /// The plain text of the first paragraph (images left out), or `""` (made on each call).
  public var summary: String { String(decoding: summaryUTF8, as: UTF8.self) }
  /// ``summary``'s bytes: mostly a slice of ``plainTextUTF8``, sharing its storage.
  private let summaryUTF8: ArraySlice<UInt8>

  /// The formulas that could not be read (shown as code), with the page line and column of
  /// each, as warnings to report.
  public let formulaWarnings: [FormulaWarning]

  private let html: RenderedHTML

  /// Parses `markdown` and runs every pass that does not need the link resolver.
  public convenience init(markdown: String, options: MarkdownOptions = MarkdownOptions()) {
    self.init(markdown: markdown, options: options, extensions: true)
  }

  /// As ``init(markdown:options:)``, from the Markdown's UTF-8 bytes, which must be valid
  /// UTF-8 (as a `String`'s are); no `String` of the whole text is made.
  public convenience init(markdownUTF8 bytes: [UInt8], options: MarkdownOptions = MarkdownOptions())
  {
    self.init(utf8: bytes, options: options, extensions: true)
  }

  /// As the public initializer; `extensions: false` leaves out the GFM passes and our
  /// typography (CommonMark only, for comparing with cmark's own renderer).
  convenience init(markdown: String, options: MarkdownOptions, extensions: Bool) {
    let bytes =
      markdown.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(markdown.utf8)
    self.init(utf8: bytes, options: options, extensions: extensions)
  }

  /// Parses the valid UTF-8 `bytes`; see ``init(markdown:options:extensions:)``.
  init(utf8 bytes: [UInt8], options: MarkdownOptions, extensions: Bool) {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    MathPrepass.replacePlaceholderBytes(in: &bytes)
    let repaired = extensions ? DestinationSpaces.repair(bytes, firstLine: options.firstLine) : nil
    if let repaired { bytes = repaired.bytes }
    var flags = CMARK_OPT_SOURCEPOS
    if options.usesSmartPunctuation { flags |= CMARK_OPT_SMART }
    if options.rawHTML == .allow { flags |= CMARK_OPT_UNSAFE }
    var root = Self.parse(bytes, flags: flags)
    var formulas: [Formula] = []
    var starts: [(line: Int, offset: Int)] = []
    if extensions && MathPrepass.mayHoldMath(bytes) {
      let prepass = MathPrepass(bytes: bytes, root: root)
      if let protected = prepass.protected {
        root.free()
        bytes = protected
        root = Self.parse(bytes, flags: flags)
        formulas = prepass.formulas
        starts = prepass.starts
      }
    }
    defer { root.free() }
    let body = SourceText(bytes)
    let tables =
      extensions
      ? TablePass(body: body, options: flags, russian: options.usesRussianTypography).run(
        root: root)
      : nil
    var builder = DocumentBuilder(
      body: body, auxiliary: tables?.auxiliary, fragments: tables?.fragments ?? [],
      options: options,
      extensions: extensions)
    builder.formulas = formulas
    builder.run(root: root)
    outline = builder.outline
    if let repairs = repaired?.warnings {
      links = builder.links.map { link in
        var link = link
        link.column = DestinationSpaces.original(
          line: link.line, column: link.column, repairs: repairs)
        return link
      }
      warnings =
        repairs
        + Self.capped(builder.checks.warnings).map { warning in
          var warning = warning
          warning.column = DestinationSpaces.original(
            line: warning.line, column: warning.column, repairs: repairs)
          return warning
        }
    } else {
      links = builder.links
      warnings = Self.capped(builder.checks.warnings)
    }
    hasVideoEmbeds = !builder.checks.embeds.isEmpty
    htmlAnchors = builder.checks.anchors
    plainTextUTF8 = builder.plainTextUTF8
    summaryUTF8 = builder.summaryUTF8(in: plainTextUTF8)
    let renderer = HTMLRenderer(
      rawHTML: options.rawHTML, outline: extensions ? builder.outline : [],
      linkCount: builder.links.count, webPage: options.webPage, body: body,
      fragments: tables?.fragments ?? [], formulas: formulas,
      blockFormulas: builder.blockFormulas.map(\.formula), embeds: builder.checks.embeds)
    formulaWarnings = FormulaWarning.collect(
      inline: zip(formulas, starts).map { ($0, $1.line, $1.offset) },
      blocks: builder.blockFormulas, body: body, firstLine: options.firstLine)
    html = renderer.render(root, capacity: bytes.count + bytes.count / 2 + 64)
  }

  /// The tree cmark parses from `bytes`.
  private static func parse(_ bytes: [UInt8], flags: Int32) -> Node {
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, flags)
      }
    }
    return Node(parsed) ?? Node.make(CMARK_NODE_DOCUMENT)
  }

  /// The warnings with those about raw HTML past the first five counted in one.
  static func capped(_ warnings: [MarkdownWarning], keeping limit: Int = 5) -> [MarkdownWarning] {
    let html = warnings.filter(\.isRawHTML).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    guard html.count > limit + 1 else { return warnings }
    let kept = Set(html.prefix(limit).map { [$0.line, $0.column] })
    var result = warnings.filter { !$0.isRawHTML || kept.contains([$0.line, $0.column]) }
    let first = html[limit]
    let last = html[html.count - 1]
    result.append(
      MarkdownWarning(
        line: first.line, column: first.column,
        message: WarningText.moreRawHTML(html.count - limit, lastLine: last.line)))
    return result
  }

  /// Renders HTML; `resolve` gets each link and image and returns the destination to write
  /// (nil keeps it as written).
  public func renderHTML(resolvingLinks resolve: (LinkReference) -> String? = { _ in nil })
    -> String
  {
    html.assemble(links: links, resolve: resolve)
  }

  /// As ``renderHTML(resolvingLinks:)``, as UTF-8 bytes (no `String` is made).
  public func renderHTMLBytes(resolvingLinks resolve: (LinkReference) -> String? = { _ in nil })
    -> [UInt8]
  {
    html.assembleBytes(links: links, resolve: resolve)
  }

  /// Renders HTML as UTF-8 bytes; `output` decides for each link and image whether it keeps
  /// its destination, gets another, or is shown as text.
  public func htmlBytes(showingLinks output: (LinkReference) -> LinkOutput) -> [UInt8] {
    html.assembleBytes(links: links, output: output)
  }
}
