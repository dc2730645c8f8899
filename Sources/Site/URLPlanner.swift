import FrontMatter
import Text

/// Gives every page its slug and output folder and rejects two pages on one URL.
struct URLPlanner: Sendable {
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// Output folders the build itself writes at the root, beside its facets' term pages.
  static let reservedRoots: Set<String> = ["search", "page"]

  /// Assigns slugs and folders, fills the model's lookup tables, reports collisions.
  func assign(_ model: SiteModel) {
    var owners: [String: String] = [:]
    let roots = Self.reservedRoots.union(model.config.schema.facets.map(\.name))
    for name in roots { owners[name + "/"] = "the site's own '\(name)' pages" }
    _ = Parallel.map(model.pages) { page -> Bool in
      page.slug = slug(of: page)
      if page.slug.utf8.count > Slug.longest {
        let field = page.fields["slug"]?.location ?? SourceLocation(line: 1, column: 1)
        diagnostics.error(
          page.path, line: field.line, column: field.column,
          "the page's address '\(Diagnostic.quoted(page.slug))' has \(page.slug.utf8.count)"
            + " letters, more than a file name can hold (\(Slug.longest)): give the page a"
            + " shorter 'slug:' or file name")
      }
      page.outputDirectory = folder(of: page)
      return true
    }
    model.pageBySource.reserveCapacity(model.pages.count)
    for (index, page) in model.pages.enumerated() {
      model.pageBySource[page.contentPath + ".md"] = index
      if let owner = owners[page.outputDirectory] {
        let slugField = page.fields["slug"]
        diagnostics.error(
          page.path, line: slugField?.location.line ?? 1, column: slugField?.location.column ?? 1,
          "the page's URL '/\(page.outputDirectory)' is already used by \(owner): give one of them another 'slug:' or file name"
        )
      } else {
        owners[page.outputDirectory] = page.path
      }
      if model.config.schema.isPeople(page.kind) {
        model.portfolioByID[page.slug] = index
      }
    }
    for section in Set(model.pages.map(\.section)) where !section.isEmpty {
      let folder = Slug.make(section, fallback: "section") + "/"
      if let owner = owners[folder], SourceLayout.isInContent(owner),
        !owner.hasPrefix(SourceLayout.contentPath(section) + "/")
      {
        diagnostics.error(
          owner, line: 1, column: 1,
          "the page's URL '/\(folder)' is the list of section '\(section)': rename the page")
      }
    }
  }

  private func slug(of page: Page) -> String {
    if let value = page.fields["slug"], !value.isNull {
      let written = value.scalarString ?? ""
      if Slug.isClean(written) { return written }
      let suggestion = Slug.make(written, fallback: "page")
      diagnostics.error(
        page.path, line: value.location.line, column: value.location.column,
        "'slug' must use only a-z, 0-9 and single hyphens, not '\(written)'; did you mean '\(suggestion)'?"
      )
      return suggestion
    }
    let fromFile = Slug.make(page.fileStem)
    if !fromFile.isEmpty { return fromFile }
    return Slug.make(page.title, fallback: "page")
  }

  private func folder(of page: Page) -> String {
    var parts = Paths.components(of: page.contentPath).map(String.init)
    parts.removeLast()
    if page.isBundle, !parts.isEmpty { parts.removeLast() }
    let folders = parts.map { Slug.make($0, fallback: "section") }
    return (folders + [page.slug]).joined(separator: "/") + "/"
  }
}
