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
  /// Images shown in a page heavier than this many kilobytes are warned about (0: never).
  public var maxImageKB = 500
  /// A file under `content/` larger than this many megabytes is not read or copied: an
  /// error (a page symlinked to a huge file once took 12 GB of memory).
  public var maxFileMB = 50
  /// Tags past this many on one page are dropped with a warning (8,000 tags made 1.3 GB of
  /// tag pages).
  public var maxTags = 50
  /// Extra keys from the config, available to templates as `site.params`.
  public var params: [String: String] = [:]
  /// Where `base_url` is written in the config; nil when the config has no `base_url` key
  /// (then the build warns about what the published site lacks).
  var baseURLLocation: SourceLocation?
  /// The menu as written under `menu:`; nil for the default (sections, then top-level pages).
  var menu: [MenuEntry]?
  /// The config file as messages name it.
  var path = SourceLayout.configFile
  /// The content model: the built-in kinds with the site's `kinds:` and `vocabularies:`.
  public var schema = BuiltInSchema.schema

  /// The built-in defaults.
  public init() {}

  /// The config keys this version understands.
  static let knownKeys: Set<String> = [
    "title", "description", "language", "base_url", "theme", "paginate", "links", "raw_html",
    "copyright", "home_items", "feed_items", "params", "broken_links",
    "max_image_kb", "menu", "max_file_mb", "max_tags", "kinds", "vocabularies",
  ]

  /// Reads a config from parsed YAML, reporting wrong values into `diagnostics`.
  init(yaml: YAMLMapping, path: String, diagnostics: DiagnosticBag) {
    let reader = FieldReader(path: path, diagnostics: diagnostics)
    self.path = path
    for entry in yaml.entries where !Self.knownKeys.contains(entry.key) {
      reader.warnUnknown(entry.key, at: entry.keyLocation, known: Self.knownKeys)
    }
    title = reader.string(yaml["title"], named: "title") ?? title
    description = reader.string(yaml["description"], named: "description") ?? description
    language =
      reader.choice(yaml["language"], named: "language", from: ["ru", "kk", "en"]) ?? language
    baseURLLocation = yaml["base_url"]?.location
    let written = reader.string(yaml["base_url"], named: "base_url") ?? ""
    if let value = yaml["base_url"], let problem = Self.baseURLProblem(written) {
      reader.error(value, problem)
    } else {
      baseURL = Self.withTrailingSlash(written)
    }
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
    maxImageKB =
      reader.int(yaml["max_image_kb"], named: "max_image_kb", in: 0...1_000_000) ?? maxImageKB
    maxFileMB = reader.int(yaml["max_file_mb"], named: "max_file_mb", in: 1...4096) ?? maxFileMB
    maxTags = reader.int(yaml["max_tags"], named: "max_tags", in: 1...10_000) ?? maxTags
    menu = MenuEntry.read(yaml["menu"], reader: reader)
    schema = SchemaReader(reader: reader).merge(yaml, over: BuiltInSchema.schema)
    if let map = yaml["params"]?.mapping {
      for entry in map.entries {
        params[entry.key] = reader.string(entry.value, named: "params.\(entry.key)")
      }
    }
  }

  static func withTrailingSlash(_ url: String) -> String {
    url.isEmpty || url.hasSuffix("/") ? url : url + "/"
  }

  /// Why `url` cannot be the site's public address, or nil when it can (or is empty).
  static func baseURLProblem(_ url: String) -> String? {
    guard !url.isEmpty else { return nil }
    let scheme = url.hasPrefix("https://") ? "https://" : url.hasPrefix("http://") ? "http://" : nil
    let host = scheme.map { url.dropFirst($0.count).prefix { $0 != "/" } } ?? ""
    let fix =
      "write the site's full public address with a slash at the end, as in 'https://school.example.ru/pednet/'"
    guard scheme != nil, !host.isEmpty else {
      return
        "base_url '\(url)' is not a full address (it must start with https:// or http://): \(fix)"
    }
    guard !url.contains("?"), !url.contains("#"), !url.contains(" ") else {
      return "base_url '\(url)' has a space, '?' or '#', which a site's address cannot have: \(fix)"
    }
    return nil
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
