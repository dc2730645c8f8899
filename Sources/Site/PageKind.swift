/// What a page is: the name of one kind of the site's schema (`SiteSchema`), which decides its
/// fields, its template and where it is listed.
public struct PageKind: Sendable, Hashable, CustomStringConvertible {
  /// The kind's name, as written in `kind:`.
  public let rawValue: String

  /// The kind named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A teacher's portfolio (built in).
  public static let portfolio = PageKind(rawValue: "portfolio")
  /// A lesson plan (built in).
  public static let lesson = PageKind(rawValue: "lesson")
  /// A seminar report or announcement (built in).
  public static let seminar = PageKind(rawValue: "seminar")
  /// An olympiad preparation guide (built in).
  public static let olympiad = PageKind(rawValue: "olympiad")
  /// Any other page.
  public static let page = PageKind(rawValue: "page")

  /// The name.
  public var description: String { rawValue }
}
