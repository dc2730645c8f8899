/// What a page is; decides its fields and its template.
public enum PageKind: String, Sendable, CaseIterable, Comparable {
  /// A teacher's portfolio.
  case portfolio
  /// A lesson plan.
  case lesson
  /// A seminar report or announcement.
  case seminar
  /// An olympiad preparation guide.
  case olympiad
  /// Any other page.
  case page

  /// The kind a top-level folder gives its pages.
  public init(section: String) {
    switch section {
    case "portfolios": self = .portfolio
    case "lessons": self = .lesson
    case "seminars": self = .seminar
    case "olympiads": self = .olympiad
    default: self = .page
    }
  }

  /// The usual folder of this kind.
  public var sectionName: String {
    switch self {
    case .portfolio: return "portfolios"
    case .lesson: return "lessons"
    case .seminar: return "seminars"
    case .olympiad: return "olympiads"
    case .page: return ""
    }
  }

  /// Fields every page may have.
  static let commonFields: Set<String> = [
    "title", "date", "updated", "summary", "tags", "draft", "slug", "weight", "lang", "kind",
    "search",
  ]

  /// Fields of this kind beyond the common ones.
  var ownFields: Set<String> {
    switch self {
    case .portfolio:
      return [
        "name", "position", "school", "subjects", "category", "experience", "photo", "email",
        "awards",
      ]
    case .lesson:
      return ["author", "authors", "subject", "grade", "lesson_type", "duration", "goals"]
    case .seminar:
      return ["place", "organizer", "participants", "format"]
    case .olympiad:
      return ["subject", "level", "grades", "author", "authors"]
    case .page:
      return []
    }
  }

  /// Every field this kind accepts.
  var allowedFields: Set<String> { Self.commonFields.union(ownFields) }

  /// Kinds in the order the home page and menus show them.
  public static func < (lhs: PageKind, rhs: PageKind) -> Bool {
    let order: [PageKind] = [.lesson, .olympiad, .seminar, .portfolio, .page]
    return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
  }
}
