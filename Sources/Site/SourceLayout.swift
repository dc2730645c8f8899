/// Where the parts of a site's source folder are (`content/`, `layouts/`, `static/`,
/// `themes/`, `i18n/`, `site.yml`, `public/`): the one place their names are written.
///
/// A build computes one value from the source folder and the config it reads (`configFile`,
/// the theme) and hands it to the steps that open files; paths relative to the source folder
/// (a page's `content/…` path, a diagnostic's location) are made by the static helpers.
public struct SourceLayout: Sendable {
  /// The folder of the pages, relative to the source folder.
  public static let contentFolder = "content"
  /// The site's own templates, which override the theme's.
  public static let layoutsFolder = "layouts"
  /// Files copied as they are.
  public static let staticFolder = "static"
  /// Themes, one folder each.
  public static let themesFolder = "themes"
  /// UI strings, one file per language.
  public static let stringsFolder = "i18n"
  /// The configuration file.
  public static let configFile = "site.yml"
  /// The output folder when none is given.
  public static let outputFolder = "public"
  /// The folders a build reads, relative to the source folder.
  public static let inputFolders = [
    contentFolder, layoutsFolder, staticFolder, themesFolder, stringsFolder,
  ]

  /// The source folder, absolute.
  public let root: String
  /// The configuration file, absolute (`site.yml` in the source folder unless another is given).
  public let config: String
  /// The configuration file as messages name it: as given, or `site.yml`.
  public let configShown: String

  /// The layout of the source folder `root` (absolute), with the configuration file
  /// `configFile` (absolute) when one is given instead of `site.yml`.
  public init(root: String, configFile: String? = nil, shownAs shown: String? = nil) {
    self.root = root
    config = configFile ?? root + "/" + Self.configFile
    configShown = shown ?? Self.configFile
  }

  /// The content folder, absolute.
  public var content: String { root + "/" + Self.contentFolder }

  /// `relative` (a path inside the source folder) as an absolute path.
  public func absolute(_ relative: String) -> String { root + "/" + relative }

  /// The path, relative to the source folder, of `relative` inside `content/`.
  public static func contentPath(_ relative: some StringProtocol) -> String {
    contentFolder + "/" + relative
  }

  /// Whether `path` (relative to the source folder) lies inside `content/`.
  public static func isInContent(_ path: some StringProtocol) -> Bool {
    path.hasPrefix(contentFolder + "/")
  }

  /// `path` (relative to the source folder, inside `content/`) relative to `content/`.
  public static func contentRelative(_ path: String) -> Substring {
    path.dropFirst(contentFolder.count + 1)
  }

  /// The folder of the theme `name`, relative to the source folder.
  public static func themeFolder(_ name: String) -> String { themesFolder + "/" + name }

  /// The UI strings file of `language`, relative to a theme or the source folder.
  public static func stringsFile(_ language: String) -> String {
    stringsFolder + "/" + language + ".yml"
  }

  /// The site template `name`, relative to the source folder.
  public static func layoutFile(_ name: String) -> String {
    layoutsFolder + "/" + name + ".mustache"
  }
}
