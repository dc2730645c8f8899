import FrontMatter
import Mustache

/// The content model: the kinds of page a site has, their fields and the vocabularies the
/// fields draw on. The built-in schema (``BuiltInSchema``) and a site's `kinds:` and
/// `vocabularies:` in `site.yml` are read by ``SchemaReader`` into one of these.
public struct Schema: Sendable {
  /// Kinds in the order the home page and menus show them; the last resort is `page`.
  public internal(set) var kinds: [Kind] = []
  /// Vocabularies by name.
  public internal(set) var vocabularies: [String: Vocabulary] = [:]
  /// The kinds whose newest pages the home page lists, in its order (`home:`).
  public internal(set) var home: [String] = []

  /// The kind called `name`.
  public func kind(named name: String) -> Kind? {
    kinds.first { $0.name == name }
  }

  /// The kind a top-level folder gives its pages: the kind that claims the folder, else the
  /// kind with no folder (`page`).
  public func kind(forFolder folder: String) -> Kind {
    if !folder.isEmpty, let claimed = kinds.first(where: { $0.folder == folder }) {
      return claimed
    }
    return kinds.first { $0.folder.isEmpty } ?? Kind(name: "page")
  }

  /// Facet names (taxonomy folders) in the order the kinds first declare them.
  public var facets: [String] {
    var seen: [String] = []
    for kind in kinds {
      for field in kind.fields {
        if let facet = field.facet, !seen.contains(facet) { seen.append(facet) }
      }
    }
    return seen
  }

  /// The field that feeds facet `name` first, for its label and type.
  public func facetField(_ name: String) -> Field? {
    for kind in kinds {
      if let field = kind.fields.first(where: { $0.facet == name }) { return field }
    }
    return nil
  }
}

/// One kind of page: where its files live, what it is called, how it renders, its fields.
public struct Kind: Sendable, Equatable {
  /// The id written in `kind:` (`lesson`, `master-class`).
  public var name: String
  /// The top-level folder under `content/` whose pages have this kind; empty for `page`.
  public var folder = ""
  /// What the interface calls one page of the kind and several, by language:
  /// `[one, few, many]` (мастер-класс, мастер-класса, мастер-классов).
  public var names: [String: [String]] = [:]
  /// The section title by language (Мастер-классы).
  public var titles: [String: String] = [:]
  /// The template that renders its pages (falls back to `entry`, then `page`).
  public var template = "entry"
  /// Whether its pages are events: a future date is published and shown as upcoming, and
  /// the pages go into `calendar.ics`.
  public var events = false
  /// Whether its pages are people that person fields name by id (portfolios).
  public var people = false
  /// Whether its pages go into the Atom feed.
  public var feed = true
  /// Its fields beyond the common ones, in the order pages show them.
  public var fields: [Field] = []
  /// The Markdown body `new` writes into a new page.
  public var body: String?

  /// A kind with defaults.
  public init(name: String) {
    self.name = name
  }

  /// The kind's name in `language` for `count` pages, or for one when `count` is nil.
  public func label(_ language: String, count: Int? = nil) -> String {
    let forms = names[language] ?? names["ru"] ?? []
    guard let first = forms.first else { return name }
    guard let count, forms.count >= 3 else { return first }
    switch RussianText.pluralCategory(count, language: "ru") {
    case "one": return forms[0]
    case "few": return forms[1]
    default: return forms[2]
    }
  }

  /// The template for its pages: its own when the theme has it, else `entry` (every field
  /// with its label), else `page`.
  func templateName(among templates: TemplateSet) -> String {
    if templates.contains(template) { return template }
    return templates.contains("entry") ? "entry" : "page"
  }

  /// The field called `name`.
  public func field(_ name: String) -> Field? {
    fields.first { $0.name == name }
  }

  /// Kinds are told apart by name.
  public static func == (lhs: Kind, rhs: Kind) -> Bool { lhs.name == rhs.name }
}

/// One field of a kind.
public struct Field: Sendable, Equatable {
  /// The front matter key.
  public var name: String
  /// What values it takes.
  public var type: FieldType
  /// Whether a page of the kind must have it.
  public var required = false
  /// The vocabulary its values come from, for `choice` (and `list`) fields.
  public var vocabulary: String?
  /// The label on the page by language.
  public var labels: [String: String] = [:]
  /// The taxonomy it feeds (term pages and a search filter), e.g. `levels`.
  public var facet: String?
  /// For `person` fields: `authors` (the default; credited on their portfolio and in the feed)
  /// or `participants`.
  public var role = "authors"
  /// For `integer` fields: the unit a count is shown in (`minutes`, `years`), from the UI strings.
  public var unit: String?
  /// What `new` writes as the example value, and the comment beside it.
  public var example: String?
  /// The comment `new` writes beside the field, by language.
  public var hints: [String: String] = [:]
  /// The value a page without the field gets.
  public var defaultValue: YAMLValue?

  /// The label in `language`, else Russian, else the key.
  public func label(_ language: String) -> String {
    labels[language] ?? labels["ru"] ?? name
  }
}

/// The types a field can have.
public enum FieldType: Sendable, Equatable {
  /// One line of text.
  case text
  /// Markdown text (rendered inline).
  case markdown
  /// A whole number in a range.
  case integer(ClosedRange<Int>)
  /// A day, `YYYY-MM-DD`.
  case date
  /// A day and a time, `YYYY-MM-DD HH:MM`.
  case dateTime
  /// `true` or `false`.
  case boolean
  /// A list of texts.
  case list
  /// A grade or grades 1–11 (`7`, `5-7`, `[5, 6]`).
  case grades
  /// Pages of another kind, by id (file name).
  case reference(String)
  /// People: portfolio ids or `{name, org}` maps.
  case person
  /// A file path (relative to the page).
  case file
  /// A web address.
  case url
  /// An e-mail address.
  case email
  /// One value of a vocabulary.
  case choice

  /// The names written in a schema, and what each means (for `schema` and errors).
  public static let names: [(String, String)] = [
    ("text", "one line of text"), ("markdown", "Markdown text"),
    ("integer", "a whole number (min:, max:)"), ("date", "a date YYYY-MM-DD"),
    ("date-time", "a date and time YYYY-MM-DD HH:MM"), ("boolean", "true or false"),
    ("list", "a list of texts [a, b]"), ("grades", "a grade or grades 1–11 (7, 5-7, [5, 6])"),
    ("reference", "ids of pages of a kind (to:)"),
    ("person", "portfolio ids or {name: …, org: …}"), ("file", "a file beside the page"),
    ("url", "a web address"), ("email", "an e-mail address"),
    ("choice", "one value of a vocabulary (vocabulary:)"),
  ]

  /// The schema name of the type.
  public var name: String {
    switch self {
    case .text: return "text"
    case .markdown: return "markdown"
    case .integer: return "integer"
    case .date: return "date"
    case .dateTime: return "date-time"
    case .boolean: return "boolean"
    case .list: return "list"
    case .grades: return "grades"
    case .reference: return "reference"
    case .person: return "person"
    case .file: return "file"
    case .url: return "url"
    case .email: return "email"
    case .choice: return "choice"
    }
  }
}

/// A list of accepted values (olympiad levels, seminar formats).
public struct Vocabulary: Sendable, Equatable {
  /// The vocabulary's id.
  public var name: String
  /// The values in their canonical spelling.
  public var values: [String]
  /// Whether other values are accepted too (with a "did you mean" warning when close to a
  /// known one); a closed vocabulary makes any other value an error.
  public var open = false
}
