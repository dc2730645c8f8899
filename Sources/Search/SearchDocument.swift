/// One page of the site as the search index sees it.
public struct SearchDocument: Sendable {
  /// URL relative to the site root, e.g. `lessons/slozhenie-drobey/`.
  public var url: String
  /// Title (weight 5 in scoring).
  public var title: String
  /// Kind: `lesson`, `olympiad`, `page`, `portfolio`, `seminar`, … (a facet).
  public var kind: String
  /// Date as `YYYY-MM-DD`, or nil.
  public var date: String?
  /// Plain-text summary; the index keeps at most 200 characters.
  public var summary: String
  /// Subject (weight 3 in scoring; a facet), or nil.
  public var subject: String?
  /// Grades 1…11 the material is for (a facet).
  public var grades: [Int]
  /// Tags (weight 3 in scoring).
  public var tags: [String]
  /// Section headings (weight 2 in scoring).
  public var headings: [String]
  /// The page's plain text (weight 1 in scoring).
  public var body: String
  /// The page's plain text as UTF-8 bytes; when set, it is read instead of `body`, which saves
  /// making a `String`. Invalid UTF-8 sequences separate words.
  public var bodyUTF8: [UInt8]?
  /// How much the page counts in search: its scores are multiplied by it (`search: 0.3` in
  /// front matter demotes an archive); 0 leaves the page out of search. 1 by default.
  public var searchWeight = 1.0
  /// The people the page names: its authors or participants (weight 3, as tags), so that a
  /// teacher's surname finds her lessons as well as her portfolio.
  public var people: [String] = []
  /// Olympiad level (a facet), or nil.
  public var level: String?
  /// The values of the site's own facets (a master class's format), one per facet, by the
  /// facet's name; the name must not be `grade`, `kind`, `level` or `subject`.
  public var facets: [String: String] = [:]

  /// Creates a document; every field is stored as given.
  public init(
    url: String, title: String, kind: String, date: String?, summary: String, subject: String?,
    grades: [Int], tags: [String], headings: [String], body: String
  ) {
    self.url = url
    self.title = title
    self.kind = kind
    self.date = date
    self.summary = summary
    self.subject = subject
    self.grades = grades
    self.tags = tags
    self.headings = headings
    self.body = body
  }

  /// Creates a document whose plain text is given as UTF-8 bytes; `body` is left empty.
  public init(
    url: String, title: String, kind: String, date: String?, summary: String, subject: String?,
    grades: [Int], tags: [String], headings: [String], bodyUTF8: [UInt8]
  ) {
    self.init(
      url: url, title: title, kind: kind, date: date, summary: summary, subject: subject,
      grades: grades, tags: tags, headings: headings, body: "")
    self.bodyUTF8 = bodyUTF8
  }
}
