import FrontMatter

/// Everything the build knows after resolving: published pages with their URLs, references,
/// sections and taxonomies. Made by ``Resolver``; read by the renderer.
public final class SiteModel: @unchecked Sendable {
  /// The settings.
  public let config: SiteConfig
  /// Published pages (drafts and future pages left out unless asked for).
  public internal(set) var pages: [Page] = []
  /// The pages left out as drafts or dated in the future, in path order.
  public internal(set) var leftOut: [LeftOutPage] = []
  /// Page index by its source path relative to `content/` (`lessons/drobi.md`).
  var pageBySource: [String: Int] = [:]
  /// Portfolio page index by id (the portfolio's slug).
  var portfolioByID: [String: Int] = [:]
  /// `_index.md` pages by section name (`""` is the home page).
  var sectionIndexes: [String: Page] = [:]
  /// The `search:` weight a section's `_index.md` gives its pages, by section name.
  var sectionSearchWeights: [String: Double] = [:]
  /// Non-Markdown files under `content/`, relative to it.
  var assets: [String] = []
  /// The pages' source paths, ready for "did you mean" on a link to a missing page.
  var pageCandidates = FileSuggestion.Candidates([String]())
  /// The assets, ready for "did you mean" on a link to a missing file.
  var assetCandidates = FileSuggestion.Candidates([String]())
  /// Output path (relative to the output root) of every asset, by its path under `content/`.
  var assetOutput: [String: String] = [:]
  /// The images among `assets` (PNG, JPEG, GIF, WebP, SVG), by the same path: their size in
  /// bytes and, when their header tells, in pixels.
  var images: [String: ImageFile] = [:]
  /// The absolute path of `content/`.
  let contentRoot: String
  /// The menu: sections, pages and links in order.
  var menu: [MenuItem] = []
  /// Sections in menu order.
  public internal(set) var sections: [Section] = []
  /// Tags, subjects, grades, levels.
  public internal(set) var taxonomies: [Taxonomy] = []

  init(config: SiteConfig, contentRoot: String) {
    self.config = config
    self.contentRoot = contentRoot
  }
}

/// A top-level folder of `content/` and its pages.
public struct Section: Sendable {
  /// Folder name (`lessons`).
  public var name: String
  /// Title from `_index.md` or the UI strings.
  public var title: String
  /// Output folder (`lessons/`).
  public var outputDirectory: String
  /// Page indices, newest first (weight first when set).
  public var pages: [Int]
}

/// A way of grouping pages (tags, subjects, grades, levels) and its terms.
public struct Taxonomy: Sendable {
  /// `tags`, `subjects`, `grades`, `levels` or a facet of the site's schema; also the output
  /// folder name.
  public var name: String
  /// The label of the field that declares it (for a facet a site adds: its pages' title).
  public var label = LocalizedText()
  /// Terms sorted the Russian way (grades by number).
  public var terms: [Term]
}

/// One value of a taxonomy (the tag «ФГОС») and the pages that have it.
public struct Term: Sendable {
  /// The canonical spelling.
  public var name: String
  /// URL slug.
  public var slug: String
  /// Page indices, newest first.
  public var pages: [Int]
}
