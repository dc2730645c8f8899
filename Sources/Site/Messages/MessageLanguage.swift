import FrontMatter

/// The language of the program's messages: `--lang`, else the site's `language:`, else the
/// environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Russian.
public enum MessageLanguage {
  /// The languages messages exist in.
  public static let all = ["ru", "kk", "en"]

  /// The language to speak, from the `--lang` option, the site folder and the environment.
  public static func choose(
    option: String?, sourceDirectory: String, configFile: String?,
    environment: [String: String]
  ) -> String {
    if let option, all.contains(option) { return option }
    if let site = siteLanguage(sourceDirectory: sourceDirectory, configFile: configFile) {
      return site
    }
    return fromEnvironment(environment) ?? "ru"
  }

  /// The language for a command line that did not parse (or asks for help): its `--lang`
  /// and `--source`, written as `--lang ru` or `--lang=ru`, else as ``choose``; English for
  /// a `--lang` the program does not speak.
  public static func choose(rawArguments: [String], environment: [String: String]) -> String {
    func value(of name: String) -> String? {
      for (index, argument) in rawArguments.enumerated() {
        if argument == name, index + 1 < rawArguments.count { return rawArguments[index + 1] }
        if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
      }
      return nil
    }
    // Who asks for a language the program lacks reads the mistake best in English.
    if let asked = value(of: "--lang"), !all.contains(asked) { return "en" }
    return choose(
      option: value(of: "--lang"), sourceDirectory: value(of: "--source") ?? ".",
      configFile: value(of: "--config"), environment: environment)
  }

  /// Makes `language` the language of the line printed when Ctrl+C ends a build.
  public static func useForInterruptions(_ language: String) {
    Interruption.language = language
  }

  /// `ru` from `ru_RU.UTF-8`, `kk` from `kk_KZ`, `en` from `en_GB` or `C.UTF-8`'s absence of
  /// a language: nil when the environment names none of ours.
  static func fromEnvironment(_ environment: [String: String]) -> String? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      let language = String(value.prefix { $0.isLetter }).lowercased()
      return all.contains(language) ? language : nil
    }
    return nil
  }

  /// The `language:` a site's settings file declares, read leniently (any error there is
  /// the build's to report).
  static func siteLanguage(sourceDirectory: String, configFile: String?) -> String? {
    let path =
      configFile.map(Paths.absoluteFromCurrent)
      ?? Paths.absoluteFromCurrent(sourceDirectory) + "/" + SourceLayout.configFile
    guard let bytes = FileSystem.read(path), case .utf8(let text) = TextDecoding.decode(bytes),
      let value = try? FrontMatter.parseYAML(text),
      let language = value.mapping?["language"]?.string, all.contains(language)
    else { return nil }
    return language
  }
}
