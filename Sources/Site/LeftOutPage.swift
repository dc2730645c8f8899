import FrontMatter

/// A page the build left out of the site, named so that nobody wonders where it went.
public struct LeftOutPage: Sendable, Equatable {
  /// Why it was left out.
  public enum Reason: Sendable, Equatable {
    /// `draft: true` in its front matter.
    case draft
    /// Dated after today: it appears on that day.
    case future(YAMLDate)
  }

  /// The file, relative to the source folder (`content/lessons/a.md`).
  public var path: String
  /// Why.
  public var reason: Reason

  /// One line for the build's summary: the file, why, and how to publish it.
  public var line: String {
    switch reason {
    case .draft:
      return "\(path): a draft (draft: true); to publish it, remove that line or write draft: false"
    case .future(let date):
      return
        "\(path): dated \(date.isoDay), which is after today; it appears on the site from that day on"
        + " (check the year if it should be there now)"
    }
  }

  /// The heading above the list, for `count` pages.
  public static func heading(count: Int) -> String {
    "\(count) \(count == 1 ? "page" : "pages") left out of the site"
      + " (pednet-build serve and build --drafts show them):"
  }
}
