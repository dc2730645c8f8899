/// `pednet-build new KIND TITLE`: writes a new page with the kind's fields filled in with
/// examples and comments, never overwriting a file.
public enum NewPage {
  /// What happened.
  public enum Outcome: Equatable, Sendable {
    /// The file was written at this path (relative to the source folder).
    case created(String)
    /// The kind is not one of the known ones.
    case unknownKind(String)
    /// A file already exists at this path.
    case exists(String)
    /// The title has no letters or digits to make a file name from.
    case emptyTitle
    /// The file could not be written.
    case failed(String)
  }

  /// Creates the page for `kind`: one of the site's schema (`lesson`, `portfolio`, `seminar`,
  /// `olympiad`, `page` and the kinds of `site.yml`), or its folder's name.
  public static func create(
    kind: String, title: String, sourceDirectory: String, today: YAMLDay, configFile: String? = nil
  ) -> Outcome {
    let schema = SchemaPrinter.schema(sourceDirectory: sourceDirectory, configFile: configFile)
    guard
      let kindSchema = schema.kind(named: kind) ?? schema.kinds.first(where: { $0.folder == kind })
        ?? schema.kind(named: String(kind.dropLast()))
    else {
      return .unknownKind(kind)
    }
    let slug = Slug.make(title)
    guard !slug.isEmpty else { return .emptyTitle }
    let folder =
      kindSchema.folder.isEmpty
      ? SourceLayout.contentFolder : SourceLayout.contentPath(kindSchema.folder)
    let relative = "\(folder)/\(slug).md"
    let absolute = Paths.absoluteFromCurrent(sourceDirectory) + "/" + relative
    if let taken = existingPage(
      named: slug, in: Paths.absoluteFromCurrent(sourceDirectory) + "/" + folder)
    {
      return .exists(folder + "/" + taken)
    }
    guard FileSystem.makeFolders(Paths.parent(of: absolute)) else { return .failed(relative) }
    let people = schema.kinds.first(where: \.people)?.folder ?? ""
    let author = DirectoryWalker.files(
      under: SourceLayout(root: Paths.absoluteFromCurrent(sourceDirectory)).content + "/" + people)?
      .first { $0.hasSuffix(".md") && !$0.contains("/") && !$0.hasPrefix("_") }
      .map { String($0.dropLast(3)) }
    let text = NewPageTemplates.text(
      for: kindSchema, schema: schema, title: title, date: today.text, author: author)
    return FileSystem.write(Array(text.utf8), to: absolute) ? .created(relative) : .failed(relative)
  }

  /// The page already in `folder` that a new `name.md` would collide with: the file itself
  /// (in any case of its extension) or a page bundle of that name (`name/index.md`).
  static func existingPage(named name: String, in folder: String) -> String? {
    let entries = FileSystem.entries(of: folder)
    if let file = entries.first(where: { $0.lowercased() == name + ".md" }) { return file }
    guard entries.contains(name) else { return nil }
    let bundle = FileSystem.entries(of: folder + "/" + name)
    return bundle.first { ["index.md", "_index.md"].contains($0.lowercased()) }.map {
      name + "/" + $0
    } ?? (name + "/")
  }

  /// The address a new page at `path` (relative to the source folder, `content/…/name.md`)
  /// gets on the site, relative to its root.
  public static func address(of path: String) -> String {
    var parts = Paths.components(of: path).map(String.init)
    if parts.first == SourceLayout.contentFolder { parts.removeFirst() }
    guard let last = parts.popLast() else { return "/" }
    return "/" + (parts + [String(last.dropLast(3))]).joined(separator: "/") + "/"
  }

  /// The kinds `new` accepts for the site in `sourceDirectory`.
  public static func kinds(sourceDirectory: String, configFile: String? = nil) -> [String] {
    SchemaPrinter.schema(sourceDirectory: sourceDirectory, configFile: configFile).kinds.map(\.name)
  }
}

/// A calendar day for `new` (today, so the new page is dated).
public struct YAMLDay: Sendable {
  /// Year, month, day.
  public var year: Int, month: Int, day: Int

  /// A day.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Today from `YYYYMMDD`.
  public init(key: Int) {
    self.init(year: key / 10_000, month: key / 100 % 100, day: key % 100)
  }

  /// `YYYY-MM-DD`.
  var text: String {
    let month = self.month < 10 ? "0\(self.month)" : "\(self.month)"
    let day = self.day < 10 ? "0\(self.day)" : "\(self.day)"
    return "\(year)-\(month)-\(day)"
  }
}
