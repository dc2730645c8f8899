import FrontMatter

/// Reads a page's front matter into its model, checking every field's type and range.
struct PageFieldsReader {
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// The site's language, the default for pages.
  let siteLanguage: String
  /// Tags past this many are dropped with a warning (`max_tags`).
  var maxTags = SiteConfig().maxTags
  /// The content model.
  var schema = BuiltInSchema.schema

  /// Fills `page` from its front matter.
  func read(_ page: Page) {
    let reader = FieldReader(path: page.path, diagnostics: diagnostics)
    page.kind = kind(of: page, reader: reader)
    if page.frontMatterFailed {
      // Its error is reported; the file name stands in for the title nobody could read.
      let parts = Paths.components(of: page.contentPath).map(String.init)
      page.title = (page.isBundle ? parts.dropLast().last : parts.last) ?? page.path
      return
    }
    warnUnknownFields(page, reader: reader)
    readCommon(page, reader: reader)
    let kind = schema.schema(of: page.kind)
    let values = SchemaFieldsReader(reader: reader, schema: schema, kind: kind)
    page.facts.values = values.read(page)
    values.readCommonFacts(page)
  }

  private func kind(of page: Page, reader: FieldReader) -> PageKind {
    let byFolder = schema.kind(forFolder: page.section)
    let names = schema.kinds.map(\.name)
    guard let written = reader.choice(page.fields["kind"], named: "kind", from: names) else {
      return byFolder
    }
    return PageKind(rawValue: written)
  }

  private func warnUnknownFields(_ page: Page, reader: FieldReader) {
    let allowed = schema.schema(of: page.kind).allowedFields
    for entry in page.fields.entries where !allowed.contains(entry.key) {
      reader.warnUnknown(entry.key, at: entry.keyLocation, known: allowed)
    }
  }

  private func readCommon(_ page: Page, reader: FieldReader) {
    let fields = page.fields
    if let title = reader.nonEmptyString(fields["title"], named: "title") {
      page.title = title
    } else if fields["title"] == nil || fields["title"]?.isNull == true {
      let location = fields["title"]?.location ?? SourceLocation(line: 1, column: 1)
      diagnostics.error(
        page.path, line: location.line, column: location.column,
        "the page has no title: add 'title: …' to its front matter")
    }
    page.date = reader.date(fields["date"], named: "date")
    page.updated = reader.date(fields["updated"], named: "updated")
    page.summary = reader.nonEmptyString(fields["summary"], named: "summary") ?? ""
    page.tags = reader.strings(fields["tags"], named: "tags", splitsCommas: true)
    if page.tags.count > maxTags {
      let location = fields["tags"]?.location ?? SourceLocation(line: 1, column: 1)
      diagnostics.warning(
        page.path, line: location.line, column: location.column,
        "the page has \(page.tags.count) tags; only the first \(maxTags) are kept (max_tags in"
          + " site.yml): a few tags that readers search by help more than many")
      page.tags.removeLast(page.tags.count - maxTags)
    }
    page.draft = reader.bool(fields["draft"], named: "draft") ?? false
    page.weight = reader.int(fields["weight"], named: "weight", in: -1_000_000...1_000_000) ?? 0
    page.searchWeight = reader.searchWeight(fields["search"], named: "search")
    page.language =
      reader.choice(fields["lang"], named: "lang", from: ["ru", "kk", "en"]) ?? siteLanguage
  }

  /// Whether `text` looks like an e-mail address (one `@`, a dot in the domain, no spaces).
  static func looksLikeEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
      && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
  }
}

/// Subject names compared case-insensitively with ё = е, shown in one spelling.
enum Subjects {
  /// The canonical spelling: lower-case with ё kept as written… but compared without it.
  static func canonical(_ name: String) -> String {
    let trimmed = name.trimmed
    guard let first = trimmed.first else { return trimmed }
    let rest = trimmed.dropFirst()
    let isAcronym = rest.contains { $0.isUppercase }
    return isAcronym ? trimmed : first.lowercased() + rest
  }
}
