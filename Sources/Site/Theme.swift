import Mustache

/// The templates, static files and interface strings of a build, layered: the built-in
/// default theme, then `themes/<theme>/` in the site, then the site's own `layouts/` and
/// `static/` (a later layer wins).
struct Theme {
  /// Compiled templates.
  let templates: TemplateSet
  /// Static files by output path, with the file they come from.
  let staticFiles: [String: StaticFile]
  /// Interface strings of the site language.
  let strings: UIStrings

  /// Where a static file's bytes come from.
  enum StaticFile {
    /// Built into the binary.
    case builtIn([UInt8])
    /// A file on disk (absolute path).
    case disk(String)
  }

  /// Loads and compiles everything; nil after reporting errors.
  static func load(sourceDirectory: String, config: SiteConfig, diagnostics: DiagnosticBag)
    -> Theme?
  {
    let themeFolder = SourceLayout.themeFolder(config.theme)
    let hasThemeFolder = FileSystem.isFolder(sourceDirectory + "/" + themeFolder)
    if !hasThemeFolder && config.theme != "default" {
      diagnostics.error(
        SourceLayout.configFile,
        "the theme '\(config.theme)' is not in \(themeFolder)/: create the folder or remove 'theme:'"
      )
    }
    var sources: [String: (text: String, file: String)] = [:]
    for (path, bytes) in DefaultTheme.files
    where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
      sources[templateName(String(path.dropFirst(10)))] = (
        String(decoding: bytes, as: UTF8.self), "(built-in theme)/" + path
      )
    }
    var layers = [SourceLayout.layoutsFolder]
    if hasThemeFolder { layers.insert(themeFolder + "/templates", at: 0) }
    for layer in layers {
      for relative in DirectoryWalker.files(under: sourceDirectory + "/" + layer) ?? []
      where relative.hasSuffix(".mustache") {
        guard let bytes = FileSystem.read(sourceDirectory + "/" + layer + "/" + relative) else {
          continue
        }
        sources[templateName(relative)] = (
          String(decoding: bytes, as: UTF8.self), layer + "/" + relative
        )
      }
    }
    let templates: TemplateSet
    do {
      templates = try TemplateSet(sources: sources, strictPartials: true)
    } catch let error as TemplateError {
      diagnostics.error(error.file, line: error.line, column: error.column, error.message)
      return nil
    } catch {
      diagnostics.error(SourceLayout.layoutsFolder, "\(error)")
      return nil
    }
    let strings = loadStrings(
      sourceDirectory: sourceDirectory, themeFolder: hasThemeFolder ? themeFolder : nil,
      config: config, diagnostics: diagnostics)
    let files = staticFiles(
      sourceDirectory: sourceDirectory, themeFolder: hasThemeFolder ? themeFolder : nil,
      diagnostics: diagnostics)
    return Theme(templates: templates, staticFiles: files, strings: strings)
  }

  private static func templateName(_ relative: String) -> String {
    String(relative.dropLast(".mustache".count))
  }

  private static func loadStrings(
    sourceDirectory: String, themeFolder: String?, config: SiteConfig, diagnostics: DiagnosticBag
  ) -> UIStrings {
    let file = SourceLayout.stringsFile(config.language)
    var sources: [(text: String, path: String)] = []
    if let bytes = DefaultTheme.files[file] {
      sources.append((String(decoding: bytes, as: UTF8.self), "(built-in theme)/" + file))
    }
    for folder in [themeFolder, "."].compactMap({ $0 }) {
      let path = folder == "." ? file : folder + "/" + file
      if let bytes = FileSystem.read(sourceDirectory + "/" + path) {
        sources.append((String(decoding: bytes, as: UTF8.self), path))
      }
    }
    return UIStrings(language: config.language, sources: sources, diagnostics: diagnostics)
  }

  /// The static files, the site's over the theme's over the built-in ones; what the walk
  /// had to skip (a link out of the site) is reported.
  private static func staticFiles(
    sourceDirectory: String, themeFolder: String?, diagnostics: DiagnosticBag
  ) -> [String: StaticFile] {
    var files: [String: StaticFile] = [:]
    for (path, bytes) in DefaultTheme.files where path.hasPrefix(SourceLayout.staticFolder + "/") {
      files[String(path.dropFirst(7))] = .builtIn(bytes)
    }
    for folder in [
      themeFolder.map { $0 + "/" + SourceLayout.staticFolder }, SourceLayout.staticFolder,
    ]
    .compactMap({ $0 }) {
      let root = sourceDirectory + "/" + folder
      guard let listing = DirectoryWalker.listing(under: root) else { continue }
      listing.report(into: diagnostics, under: folder)
      for relative in listing.files {
        files[relative] = .disk(root + "/" + relative)
      }
    }
    return files
  }
}
