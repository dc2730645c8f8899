import FrontMatter

extension SchemaReader {
  /// The folders the build writes its own pages into, which no facet may take.
  static let ownFolders = URLPlanner.reservedRoots.union([
    String(NetworkContext.folder.dropLast()), String(NetworkContext.reportsFolder.dropLast()),
  ])

  /// The errors of facets a site declares: a name that cannot be a folder, or a folder that a
  /// kind or the build's own pages already use.
  func checkFacets(_ schema: SiteSchema, kinds written: YAMLMapping) {
    let folders = Dictionary(
      schema.kinds.map { ($0.folder, $0.name) }, uniquingKeysWith: { first, _ in first })
    for kind in schema.kinds {
      guard let declared = written[kind.name]?["fields"]?.mapping else { continue }
      for field in kind.fields where field.facet {
        guard let entry = declared[field.name] else { continue }
        let location = (entry["taxonomy"] ?? entry["facet"] ?? entry).location
        let name = field.facetName
        if !Slug.isClean(name) {
          diagnosticAt(
            location,
            "the facet '\(name)' of the field '\(field.name)' must be a folder name of small"
              + " Latin letters, digits and hyphens, such as 'formats': add 'taxonomy: NAME'")
        } else if let owner = folders[name] {
          diagnosticAt(
            location,
            "the facet '\(name)' of the field '\(field.name)' would put its pages in the folder"
              + " of the kind '\(owner)': give the field another 'taxonomy:'")
        } else if Self.ownFolders.contains(name) {
          diagnosticAt(
            location,
            "the facet '\(name)' of the field '\(field.name)' would take the folder '\(name)/'"
              + " of the site's own pages: give the field another 'taxonomy:'")
        }
      }
    }
  }
}
