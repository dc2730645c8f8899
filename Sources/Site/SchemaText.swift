/// `pednet-build schema`: the effective schema (built-in kinds with the site's changes) as
/// text a methodist can read: every kind with its folder, template and fields, then the
/// vocabularies.
public enum SchemaText {
  /// The schema of the site in `sourceDirectory` (its `site.yml`, or `configFile`), with the
  /// problems found in it.
  public static func describe(sourceDirectory: String, configFile: String? = nil)
    -> (text: String, diagnostics: [Diagnostic])
  {
    var options = BuildOptions(sourceDirectory: sourceDirectory)
    options.configFile = configFile
    let bag = DiagnosticBag()
    let config = ConfigLoader(options: options, diagnostics: bag).load()
    return (text(config.schema, language: config.language), bag.sorted)
  }

  /// The text of `schema`, labels in `language`.
  static func text(_ schema: Schema, language: String) -> String {
    var lines: [String] = []
    for kind in schema.kinds {
      var traits: [String] = []
      if kind.events { traits.append("events") }
      if kind.people { traits.append("people") }
      if !kind.feed { traits.append("not in the feed") }
      if schema.home.contains(kind.name) { traits.append("on the home page") }
      let folder = kind.folder.isEmpty ? "any other folder" : "content/\(kind.folder)/"
      lines.append(
        "kind \(kind.name) (\(kind.label(language))): \(folder), template \(kind.template)"
          + (traits.isEmpty ? "" : "; " + traits.joined(separator: ", ")))
      for field in kind.fields {
        lines.append("  " + fieldLine(field, language: language))
      }
    }
    lines.append("")
    lines.append("common fields of every kind: " + PageFieldsReader.commonFields.sorted().joined(separator: ", "))
    lines.append("")
    for name in schema.vocabularies.keys.sorted() {
      guard let vocabulary = schema.vocabularies[name] else { continue }
      lines.append(
        "vocabulary \(name) (\(vocabulary.open ? "open: other values accepted" : "closed")): "
          + vocabulary.values.joined(separator: "; "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func fieldLine(_ field: Field, language: String) -> String {
    var type = field.type.name
    switch field.type {
    case .integer(let range): type += " \(range.lowerBound)…\(range.upperBound)"
    case .reference(let target): type += " to \(target)"
    default: break
    }
    var parts = ["\(field.name): \(type)"]
    if field.required { parts.append("required") }
    if let vocabulary = field.vocabulary { parts.append("from \(vocabulary)") }
    if let facet = field.facet { parts.append("facet \(facet)") }
    if field.type == .person && field.role != "authors" { parts.append("role \(field.role)") }
    return parts.joined(separator: ", ") + " — " + field.label(language)
  }
}
