import FrontMatter

/// Reads `site.yml` (or the file given with `--config`).
struct ConfigLoader {
  /// What the build was asked to do.
  let options: BuildOptions
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// The config, or the defaults when there is no config file.
  func load() -> SiteConfig {
    let absolute = options.layout.config
    let shown = options.layout.configShown
    guard FileSystem.exists(absolute) else {
      if options.configFile != nil { diagnostics.error(shown, "the config file does not exist") }
      return SiteConfig()
    }
    guard let bytes = FileSystem.read(absolute) else {
      diagnostics.error(shown, "cannot read the config file")
      return SiteConfig()
    }
    guard case .utf8(let text) = TextDecoding.decode(bytes) else {
      diagnostics.error(shown, "the config file is not UTF-8 text: re-save it as UTF-8")
      return SiteConfig()
    }
    do {
      let value = try FrontMatter.parseYAML(text)
      guard let map = value.mapping else {
        diagnostics.error(
          shown, line: 1, column: 1, "the config must be a list of 'key: value' lines")
        return SiteConfig()
      }
      return SiteConfig(yaml: map, path: shown, diagnostics: diagnostics)
    } catch {
      diagnostics.error(
        shown, line: error.location.line, column: error.location.column, error.message)
      return SiteConfig()
    }
  }
}
