import FrontMatter

/// `pednet-build schema`: the effective content model (the built-in kinds with the site's
/// `kinds:` and `vocabularies:` merged over them) as YAML in the format `site.yml` uses.
public enum SchemaPrinter {
  /// The effective schema of the site in `sourceDirectory` and the problems found reading it.
  public static func text(sourceDirectory: String, configFile: String? = nil)
    -> (text: String, diagnostics: [Diagnostic])
  {
    let diagnostics = DiagnosticBag()
    let schema = load(
      sourceDirectory: sourceDirectory, configFile: configFile, diagnostics: diagnostics)
    return (yaml(schema), diagnostics.sorted)
  }

  /// The effective schema, problems ignored (the build reports them).
  static func schema(sourceDirectory: String, configFile: String?) -> SiteSchema {
    load(sourceDirectory: sourceDirectory, configFile: configFile, diagnostics: DiagnosticBag())
  }

  private static func load(sourceDirectory: String, configFile: String?, diagnostics: DiagnosticBag)
    -> SiteSchema
  {
    var options = BuildOptions(sourceDirectory: sourceDirectory)
    options.configFile = configFile
    return ConfigLoader(options: options, diagnostics: diagnostics).load().schema
  }

  /// `schema` written as YAML.
  static func yaml(_ schema: SiteSchema) -> String {
    var lines = ["vocabularies:"]
    for name in schema.vocabularyOrder {
      guard let vocabulary = schema.vocabularies[name] else { continue }
      lines.append("  \(name):")
      if vocabulary.open { lines.append("    open: true") }
      lines.append("    values: " + LooseValue.flowList(vocabulary.values))
    }
    lines.append("kinds:")
    for kind in schema.kinds {
      lines.append("  \(kind.name):")
      if !kind.folder.isEmpty { lines.append("    folder: \(kind.folder)") }
      if !kind.label.texts.isEmpty { lines.append("    name: " + localized(kind.label)) }
      if !kind.plural.texts.isEmpty { lines.append("    plural: " + localized(kind.plural)) }
      lines.append("    template: \(kind.template)")
      if kind.events { lines.append("    events: true") }
      if kind.people { lines.append("    people: true") }
      if !kind.inFeed { lines.append("    feed: false") }
      guard !kind.fields.isEmpty else { continue }
      lines.append("    fields:")
      for field in kind.fields {
        var parts = ["type: \(field.type.rawValue)"]
        if field.required { parts.append("required: true") }
        if let vocabulary = field.vocabulary { parts.append("vocabulary: \(vocabulary)") }
        if let target = field.references { parts.append("kind: \(target)") }
        if let range = field.range {
          parts.append("min: \(range.lowerBound)")
          parts.append("max: \(range.upperBound)")
        }
        if field.facet { parts.append("facet: true") }
        if let taxonomy = field.taxonomy { parts.append("taxonomy: \(taxonomy)") }
        if !field.label.texts.isEmpty { parts.append("label: " + localized(field.label)) }
        lines.append("      \(field.name): {" + parts.joined(separator: ", ") + "}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func localized(_ text: LocalizedText) -> String {
    let parts = ["ru", "kk", "en"].compactMap { language in
      text.texts[language].map { "\(language): \(LooseValue.quotedIfNeeded($0))" }
    }
    return "{" + parts.joined(separator: ", ") + "}"
  }
}
