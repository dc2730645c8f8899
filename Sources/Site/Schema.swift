import FrontMatter

/// The content model: which kinds of page a site has, their fields and vocabularies. The
/// built-in one (`BuiltInSchema`) is written in the format a site's `site.yml` uses under
/// `kinds:` and `vocabularies:`, and a site's schema merges over it.
public struct SiteSchema: Sendable {
  /// Kinds in the order the home page and the menu show them (`page` last).
  public internal(set) var kinds: [KindSchema] = []
  /// Vocabularies by name.
  public internal(set) var vocabularies: [String: Vocabulary] = [:]
  /// Vocabulary names in the order they were declared.
  public internal(set) var vocabularyOrder: [String] = []

  /// Fields every page may have, whatever its kind.
  public static let commonFields: [String] = [
    "title", "date", "updated", "summary", "tags", "draft", "slug", "weight", "lang", "kind",
    "subject", "grade", "search",
  ]

  /// The kind named `name`, if the schema has it.
  public func kind(named name: String) -> KindSchema? {
    kinds.first { $0.name == name }
  }

  /// The kind whose folder is the top-level folder `section`; plain `page` for any other.
  public func kind(forFolder section: String) -> PageKind {
    guard !section.isEmpty, let found = kinds.first(where: { $0.folder == section }) else {
      return .page
    }
    return PageKind(rawValue: found.name)
  }

  /// The schema of `kind`, or an empty plain-page kind when the schema lacks it.
  public func schema(of kind: PageKind) -> KindSchema {
    self.kind(named: kind.rawValue) ?? KindSchema(name: kind.rawValue)
  }

  /// The facets every page has, whatever its kind: its tags, subject and grades.
  public static let commonFacets = ["tags", "subjects", "grades"]

  /// Every facet of the site, the common ones first, then those the kinds' fields declare
  /// (in kind and field order), each once however many fields name it.
  public internal(set) var facets = commonFacets.map { Facet(name: $0) }

  /// The facets the kinds declare now (what `facets` is set to once the schema is read).
  func collectFacets() -> [Facet] {
    var result = Self.commonFacets.map { Facet(name: $0) }
    for kind in kinds {
      for field in kind.fields where field.facet {
        let name = field.facetName
        if let index = result.firstIndex(where: { $0.name == name }) {
          result[index].add(field, of: kind)
        } else {
          var facet = Facet(name: name)
          facet.add(field, of: kind)
          result.append(facet)
        }
      }
    }
    return result
  }

  /// The folders of the kinds, in kind order (empty folders left out): the menu's order.
  var folders: [String] { kinds.map(\.folder).filter { !$0.isEmpty } }

  /// The folders in the home page's order: materials, then events, then portfolios.
  var homeFolders: [String] {
    let rank = { (kind: KindSchema) in kind.people ? 2 : kind.events ? 1 : 0 }
    return kinds.enumerated().sorted {
      (rank($0.element), $0.offset) < (rank($1.element), $1.offset)
    }
    .map(\.element.folder).filter { !$0.isEmpty }
  }
}

/// A way of grouping pages by the values of a field: its term pages under `/name/` and its
/// search filter.
public struct Facet: Sendable, Equatable {
  /// The folder of its term pages and the name of its search filter.
  public var name: String
  /// Its name on the page: the label of the first field that declares it.
  public var label = LocalizedText()
  /// The field that holds its values, by kind name.
  public var fields: [String: String] = [:]
  /// The type of the first field that declares it.
  public var type = FieldType.text

  /// A facet no field declares yet.
  public init(name: String) { self.name = name }

  /// Whether it is one of the facets every page has (tags, subjects, grades).
  public var isCommon: Bool { SiteSchema.commonFacets.contains(name) }

  /// Whether search has a filter of its own for it: not the tags, and not the subjects, grades
  /// and olympiad levels, whose filters are built in (nor a name those filters use).
  public var hasOwnSearchFilter: Bool {
    !isCommon && !["levels", "grade", "kind", "level", "subject"].contains(name)
  }

  mutating func add(_ field: FieldSchema, of kind: KindSchema) {
    if fields.isEmpty {
      label = field.label
      type = field.type
    }
    fields[kind.name] = field.name
  }
}

/// A word in the three interface languages.
public struct LocalizedText: Sendable, Equatable {
  /// By language code (`ru`, `kk`, `en`).
  public var texts: [String: String] = [:]

  /// The text in `language`, else Russian, else any.
  public func text(in language: String) -> String? {
    texts[language] ?? texts["ru"] ?? texts.values.sorted().first
  }
}

/// One kind of page: its folder, names, template and fields.
public struct KindSchema: Sendable {
  /// The kind's id, as written in `kind:` and in `pednet-build new`.
  public var name: String
  /// The top-level folder under `content/` whose pages are of this kind (empty for `page`).
  public var folder = ""
  /// One page of the kind, as the interface calls it («мастер-класс»).
  public var label = LocalizedText()
  /// Several pages (the section's title, «мастер-классы»).
  public var plural = LocalizedText()
  /// The theme template its pages render with (`entry` unless said).
  public var template = "entry"
  /// Whether its pages are events: listed as upcoming on the home page, in the calendar,
  /// shown although dated in the future, their people being participants.
  public var events = false
  /// Whether its pages are people's portfolios (others name them as authors).
  public var people = false
  /// Whether its pages go into the site's Atom feed.
  public var inFeed = true
  /// Its own fields (beyond the common ones), in the order pages show them.
  public var fields: [FieldSchema] = []
  /// The front-matter lines `pednet-build new` writes for its fields (`new_page: fields:`;
  /// `{author}` stands for the author line), when not made from the fields' types.
  public var newPageFields: [String]?
  /// The body `pednet-build new` writes (`new_page: body:`).
  public var newPageBody: String?

  /// An empty kind.
  public init(name: String) { self.name = name }

  /// The field named `name`, if the kind has it.
  public func field(named name: String) -> FieldSchema? {
    fields.first { $0.name == name }
  }

  /// Every field this kind accepts.
  var allowedFields: Set<String> {
    Set(SiteSchema.commonFields).union(fields.map(\.name))
  }
}

/// What a field holds.
public enum FieldType: String, Sendable, CaseIterable {
  /// One line of text.
  case text
  /// Text with Markdown (shown formatted).
  case markdown
  /// A whole number, with `min` and `max`.
  case integer
  /// A day, `2024-11-15` or `15.11.2024`.
  case date
  /// A day and time, `2024-11-15 14:00`.
  case datetime
  /// `true` or `false` (да/нет).
  case boolean
  /// A list of texts, `[дроби, 5 класс]` or one per line.
  case list
  /// A grade, or a range of grades `5-7`, 1 to 11.
  case grades
  /// A page of another kind, by its id (file name).
  case reference
  /// A person: the id of a portfolio, or `{name: …, org: …}`; one or a list.
  case person
  /// A file beside the page.
  case file
  /// A web address.
  case url
  /// An e-mail address.
  case email
  /// One word of a vocabulary.
  case choice
}

/// One field of a kind.
public struct FieldSchema: Sendable {
  /// The key in the front matter.
  public var name: String
  /// What it holds.
  public var type = FieldType.text
  /// Whether a page of the kind must have it.
  public var required = false
  /// For `choice`: the vocabulary its words come from.
  public var vocabulary: String?
  /// For `reference`: the kind of the pages it names.
  public var references: String?
  /// For `integer`: the allowed range.
  public var range: ClosedRange<Int>?
  /// Its name on the page.
  public var label = LocalizedText()
  /// Whether its values get term pages and a search filter.
  public var facet = false
  /// For a facet: the folder of its term pages and the name of its search filter, shared by
  /// every field that names it (the field's own name unless `taxonomy:` says).
  public var taxonomy: String?

  /// For a facet: the name of its taxonomy.
  public var facetName: String { taxonomy ?? name }
  /// Whether the built-in code reads it into the page's typed facts (built-in kinds only).
  var builtIn = false

  /// A text field.
  public init(name: String) { self.name = name }
}

/// A list of words a `choice` field accepts.
public struct Vocabulary: Sendable {
  /// The words, in their canonical spelling.
  public var values: [String] = []
  /// Whether other words are accepted too (with a warning that names the new word).
  public var open = false
  /// Where it was declared, for messages.
  var location = SourceLocation(line: 1, column: 1)
}

extension SiteSchema {
  /// Whether pages of `kind` are events (upcoming, in the calendar, their people participants).
  func isEvent(_ kind: PageKind) -> Bool { self.kind(named: kind.rawValue)?.events ?? false }

  /// Whether pages of `kind` are people's portfolios.
  func isPeople(_ kind: PageKind) -> Bool { self.kind(named: kind.rawValue)?.people ?? false }

  /// Whether `kind` has a folder of its own (every kind but the plain page).
  func hasFolder(_ kind: PageKind) -> Bool {
    !(self.kind(named: kind.rawValue)?.folder ?? "").isEmpty
  }

  /// Whether pages of `kind` go into the site's Atom feed.
  func isInFeed(_ kind: PageKind) -> Bool { self.kind(named: kind.rawValue)?.inFeed ?? false }
}
