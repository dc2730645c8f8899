/// One item of the site's menu, resolved against the model.
enum MenuItem: Sendable, Equatable {
  /// A section by index in `model.sections`, with a title set in site.yml.
  case section(Int, title: String?)
  /// A page by index in `model.pages`, with a title set in site.yml.
  case page(Int, title: String?)
  /// An outside link.
  case link(url: String, title: String)
}

/// Makes the menu: `menu:` of site.yml when it is there (each name checked), else every
/// section and then the pages at the top of `content/` («О сообществе»).
struct MenuBuilder {
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// The config file, relative to the source folder, for messages.
  let configPath: String

  /// The menu of `model`.
  func build(_ model: SiteModel) -> [MenuItem] {
    guard let entries = model.config.menu else { return defaultMenu(model) }
    return entries.compactMap { resolve($0, in: model) }
  }

  /// Sections in their order, then top-level pages by weight and title.
  func defaultMenu(_ model: SiteModel) -> [MenuItem] {
    let sections = model.sections.indices.map { MenuItem.section($0, title: nil) }
    let topLevel = model.pages.indices.filter { model.pages[$0].section.isEmpty }.sorted {
      let left = model.pages[$0]
      let right = model.pages[$1]
      return (left.weight, left.titleSortKey, left.path) < (
        right.weight, right.titleSortKey, right.path
      )
    }
    return sections + topLevel.map { MenuItem.page($0, title: nil) }
  }

  private func resolve(_ entry: MenuEntry, in model: SiteModel) -> MenuItem? {
    switch entry.target {
    case .link(let url): return .link(url: url, title: entry.title ?? url)
    case .section(let name):
      if let index = model.sections.firstIndex(where: { $0.name == name }) {
        return .section(index, title: entry.title)
      }
      report(
        entry, "'\(name)' in 'menu' is not a section (a folder under content/ with pages)",
        near: name, among: model.sections.map(\.name))
    case .page(let path):
      if let index = model.pageBySource[path] { return .page(index, title: entry.title) }
      report(
        entry, "'\(path)' in 'menu' is not a page of the site (content/\(path))",
        near: path, among: Array(model.pageBySource.keys))
    }
    return nil
  }

  private func report(_ entry: MenuEntry, _ message: String, near name: String, among: [String]) {
    var text = message + "; the entry is left out of the menu"
    if let near = Suggestion.closest(to: name, in: among) { text += "; did you mean '\(near)'?" }
    diagnostics.warning(
      configPath, line: entry.location.line, column: entry.location.column, text)
  }
}
