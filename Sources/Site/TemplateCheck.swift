import Mustache

/// `pednet-build check`: warns about names a template uses that the build never provides
/// (usually a typo such as `{{page.titel}}`, which would silently render empty).
struct TemplateCheck {
  /// The loaded theme.
  let theme: Theme
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// Every key the build puts into a template context, at any depth (see `docs/theme.md`).
  static let providedKeys: Set<String> = Set<String>([
    ".", "site", "title", "description", "language", "base_url", "year", "copyright", "params",
    "menu",
    "url", "current", "t", "root", "lang", "canonical", "breadcrumbs", "page_url", "is_home",
    "is_section",
    "is_page", "is_taxonomy", "is_term", "is_search", "is_404", "page", "kind", "kind_label",
    "date",
    "iso", "text", "summary", "subject", "name", "grades", "items", "tags", "authors", "upcoming",
    "updated", "content", "toc", "level", "id", "attachments", "type", "size", "prev", "next",
    "backlinks", "position", "school", "subjects", "category", "experience", "years", "photo",
    "email",
    "awards", "lessons", "olympiads", "seminars", "materials_count", "lesson_type", "duration",
    "minutes", "goals", "place", "organizer", "format", "participants", "org", "section", "intro",
    "pages", "pagination", "total", "number", "gap", "home", "groups", "tag_cloud", "count",
    "count_text",
    "weight", "taxonomy", "terms", "term", "taxonomy_title", "taxonomy_url", "facets", "kinds",
    "value", "label", "lessons_count", "olympiads_count", "seminars_count", "tags_url",
    "unpublished", "external", "held", "og_image", "og_locale", "one", "feed", "fields", "values",
    "materials", "heading", "cards",
  ]).union(NetworkContext.templateKeys)

  /// Checks every template, reporting each questionable name where it is used.
  func run() {
    let strings = Set(theme.strings.templateValueKeys)
    for name in theme.templates.names.sorted() {
      for use in theme.templates.variableUses(in: name) {
        if let message = problem(with: use.name, strings: strings) {
          diagnostics.warning(use.file, line: use.line, column: use.column, message)
        }
      }
    }
  }

  /// What is wrong with a dotted name, or nil when the build provides it.
  private func problem(with variable: String, strings: Set<String>) -> String? {
    let parts = variable.split(separator: ".").map(String.init)
    if parts.first == "t", parts.count == 2 {
      return strings.contains(parts[1])
        ? nil : "'\(variable)': the interface strings have no key '\(parts[1])'"
    }
    let isProvided = { (part: String) in
      part.isEmpty || part.hasPrefix("has_") || part.hasPrefix("one_") || Int(part) != nil
        || Self.providedKeys.contains(part)
    }
    guard let unknown = parts.first(where: { !isProvided($0) }) else { return nil }
    var message = "'\(variable)' is never provided by the build, so it renders empty"
    if let near = Suggestion.closest(to: unknown, in: Self.providedKeys) {
      message += "; did you mean '\(near)'?"
    }
    return message
  }
}
