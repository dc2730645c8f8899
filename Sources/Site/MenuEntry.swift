import FrontMatter

/// One entry of `menu:` in site.yml, as written: a section folder (`lessons`), a page
/// (`o-nas.md`, a path under `content/`), or a link (`{title: …, url: https://…}`).
struct MenuEntry: Sendable {
  /// What the entry leads to, as written.
  enum Target: Sendable, Equatable {
    /// A section by its folder name.
    case section(String)
    /// A page by its path under `content/`.
    case page(String)
    /// An address outside the site (or any address written as is).
    case link(String)
  }

  /// What it leads to.
  var target: Target
  /// The title to show instead of the section's or page's own.
  var title: String?
  /// Where it is written in site.yml.
  var location: SourceLocation

  /// The entries of `menu:`, reporting entries that can't be read; nil when `menu:` is absent.
  static func read(_ value: YAMLValue?, reader: FieldReader) -> [MenuEntry]? {
    guard let value = reader.given(value) else { return nil }
    guard let items = value.array else {
      reader.error(
        value,
        "'menu' must be a list, one entry per line starting with '- ': a section folder"
          + " (- lessons), a page (- o-nas.md) or a link (- {title: Сайт отдела, url: https://…})")
      return []
    }
    return items.compactMap { entry(of: $0, reader: reader) }
  }

  private static func entry(of item: YAMLValue, reader: FieldReader) -> MenuEntry? {
    if let map = item.mapping {
      let title = reader.nonEmptyString(map["title"], named: "title")
      if let url = reader.nonEmptyString(map["url"], named: "url") {
        guard let title else {
          reader.error(item, "the menu link to '\(url)' needs a title: {title: …, url: \(url)}")
          return nil
        }
        return MenuEntry(target: .link(url), title: title, location: item.location)
      }
      if let page = reader.nonEmptyString(map["page"], named: "page") {
        return MenuEntry(target: target(of: page), title: title, location: item.location)
      }
      if let section = reader.nonEmptyString(map["section"], named: "section") {
        return MenuEntry(target: .section(section), title: title, location: item.location)
      }
      reader.error(
        item, "a menu entry written as a map needs 'url' (with 'title'), 'page' or 'section'")
      return nil
    }
    guard let text = reader.nonEmptyString(item, named: "a menu entry") else { return nil }
    return MenuEntry(target: target(of: text), title: nil, location: item.location)
  }

  /// A page for `….md`, a link for an address with a scheme, else a section folder.
  private static func target(of text: String) -> Target {
    var path = text
    if SourceLayout.isInContent(path) { path = String(SourceLayout.contentRelative(path)) }
    if LinkTarget.isExternal(path) { return .link(path) }
    if path.hasSuffix(".md") { return .page(path) }
    return .section(path.hasSuffix("/") ? String(path.dropLast()) : path)
  }
}
