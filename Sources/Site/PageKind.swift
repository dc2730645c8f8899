/// What a page is: the name of one kind of the site's schema (`SiteSchema`), which decides its
/// fields, its template and where it is listed.
public struct PageKind: Sendable, Hashable, CustomStringConvertible {
  /// The kind's name, as written in `kind:`.
  public let rawValue: String

  /// The kind named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A plain page, the kind of any file outside the kinds' folders. (No other kind is named
  /// in code: what a kind does comes from its schema.)
  public static let page = PageKind(rawValue: "page")

  /// The name.
  public var description: String { rawValue }
}
