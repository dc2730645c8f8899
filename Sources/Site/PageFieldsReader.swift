import FrontMatter

/// Reads a page's front matter into its model by its kind's fields in the schema, checking
/// every field's type, range and vocabulary.
struct PageFieldsReader {
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// The site's language, the default for pages.
  let siteLanguage: String
  /// The content model.
  let schema: Schema

  /// Fields every page may have.
  static let commonFields: Set<String> = [
    "title", "date", "updated", "summary", "tags", "draft", "slug", "weight", "lang", "kind",
  ]

  /// Fills `page` from its front matter.
  func read(_ page: Page) {
    let reader = FieldReader(path: page.path, diagnostics: diagnostics)
    page.kind = kind(of: page, reader: reader)
    warnUnknownFields(page, reader: reader)
    readCommon(page, reader: reader)
    let values = FieldValueReader(reader: reader, schema: schema)
    page.values = page.kind.fields.map { field in
      let given = page.fields[field.name]
      guard let value = reader.given(given) ?? field.defaultValue else {
        if field.required { missing(field, of: page) }
        return nil
      }
      let read = field.name == "date" ? page.date.map(FieldValue.date) : values.read(value, as: field)
      if let read { page.store(read, of: field) }
      return read
    }
  }

  private func missing(_ field: Field, of page: Page) {
    let kind = page.kind.label("en")
    let type = FieldType.names.first { $0.0 == field.type.name }?.1 ?? field.type.name
    diagnostics.error(
      page.path, line: 1, column: 1,
      "a \(kind) needs '\(field.name):' (\(type)): add it to the front matter")
  }

  private func kind(of page: Page, reader: FieldReader) -> Kind {
    let byFolder = schema.kind(forFolder: page.section)
    guard let written = page.fields["kind"] else { return byFolder }
    let names = schema.kinds.map(\.name)
    guard let name = reader.choice(written, named: "kind", from: names) else { return byFolder }
    return schema.kind(named: name) ?? byFolder
  }

  private func warnUnknownFields(_ page: Page, reader: FieldReader) {
    let kind = page.kind
    for entry in page.fields.entries
    where !Self.commonFields.contains(entry.key) && kind.field(entry.key) == nil {
      let allowed = Self.commonFields.union(kind.fields.map(\.name))
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
    page.tags = reader.strings(fields["tags"], named: "tags")
    page.draft = reader.bool(fields["draft"], named: "draft") ?? false
    page.weight = reader.int(fields["weight"], named: "weight", in: -1_000_000...1_000_000) ?? 0
    page.language =
      reader.choice(fields["lang"], named: "lang", from: ["ru", "kk", "en"]) ?? siteLanguage
  }

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
