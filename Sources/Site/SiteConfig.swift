import FrontMatter

/// The site's settings, from `site.yml` (every option is shown in `site.example`).
public struct SiteConfig: Sendable {
  /// How internal links are written.
  public enum LinkStyle: String, Sendable, CaseIterable {
    /// `lessons/drobi/index.html`: works from a USB stick (`file://`) and on every server.
    case files
    /// `lessons/drobi/`: shorter, needs a web server.
    case pretty
  }

  /// The site's name, in the header and in `<title>`.
  public var title = "Сетевое сообщество педагогов"
  /// One sentence for search engines and the feed.
  public var description = ""
  /// Interface language: `ru`, `kk` or `en`.
  public var language = "ru"
  /// Absolute address of the published site (for the sitemap, feed and calendar), or empty.
  public var baseURL = ""
  /// Theme folder name under `themes/`; the built-in default theme when the folder is absent.
  public var theme = "default"
  /// Cards per list page.
  public var paginate = 20
  /// How internal links are written.
  public var links = LinkStyle.files
  /// Whether raw HTML in Markdown is kept (`true`) or dropped (`false`, the default).
  public var allowRawHTML = false
  /// What a link to a missing page, file or anchor is: an error that stops the build (the
  /// default), or a warning, the link shown as text (for importing a corpus).
  public var brokenLinks = Diagnostic.Severity.error
  /// Footer text.
  public var copyright = ""
  /// Cards per kind on the home page.
  public var homeItems = 5
  /// Entries in the Atom feed.
  public var feedItems = 30
  /// Extra keys from the config, available to templates as `site.params`.
  public var params: [String: String] = [:]
  /// The content model: the built-in kinds with the site's `kinds:` and `vocabularies:` over
  /// them.
  public var schema = SchemaReader.builtIn

  /// The built-in defaults.
  public init() {}

  /// The config keys this version understands.
  static let knownKeys: Set<String> = [
    "title", "description", "language", "base_url", "theme", "paginate", "links", "raw_html",
    "copyright", "home_items", "feed_items", "params", "broken_links",
    "kinds", "vocabularies", "home",
  ]

  /// Reads a config from parsed YAML, reporting wrong values into `diagnostics`.
  init(yaml: YAMLMapping, path: String, diagnostics: DiagnosticBag) {
    let reader = FieldReader(path: path, diagnostics: diagnostics)
    for entry in yaml.entries where !Self.knownKeys.contains(entry.key) {
      reader.warnUnknown(entry.key, at: entry.keyLocation, known: Self.knownKeys)
    }
    title = reader.string(yaml["title"], named: "title") ?? title
    description = reader.string(yaml["description"], named: "description") ?? description
    language =
      reader.choice(yaml["language"], named: "language", from: ["ru", "kk", "en"]) ?? language
    baseURL = reader.string(yaml["base_url"], named: "base_url").map(Self.withTrailingSlash) ?? ""
    theme = reader.string(yaml["theme"], named: "theme") ?? theme
    paginate = reader.int(yaml["paginate"], named: "paginate", in: 1...1000) ?? paginate
    let linkNames = LinkStyle.allCases.map(\.rawValue)
    if let style = reader.choice(yaml["links"], named: "links", from: linkNames) {
      links = LinkStyle(rawValue: style) ?? .files
    }
    allowRawHTML = reader.bool(yaml["raw_html"], named: "raw_html") ?? false
    copyright = reader.string(yaml["copyright"], named: "copyright") ?? ""
    if let policy = reader.choice(
      yaml["broken_links"], named: "broken_links", from: ["error", "warning"])
    {
      brokenLinks = policy == "warning" ? .warning : .error
    }
    homeItems = reader.int(yaml["home_items"], named: "home_items", in: 1...100) ?? homeItems
    feedItems = reader.int(yaml["feed_items"], named: "feed_items", in: 1...1000) ?? feedItems
    schema = SchemaReader(path: path, diagnostics: diagnostics).read(yaml, over: schema)
    if let map = yaml["params"]?.mapping {
      for entry in map.entries {
        params[entry.key] = reader.string(entry.value, named: "params.\(entry.key)")
      }
    }
  }

  static func withTrailingSlash(_ url: String) -> String {
    url.isEmpty || url.hasSuffix("/") ? url : url + "/"
  }
}

extension SiteConfig {
  /// A root-relative link to an output folder (`lessons/drobi/`), written in this site's link
  /// style: with `index.html` for `links: files`, bare for `links: pretty`.
  public func href(_ folder: String) -> String {
    switch links {
    case .files: return folder + "index.html"
    case .pretty: return folder.isEmpty ? "./" : folder
    }
  }
}
