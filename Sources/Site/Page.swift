import FrontMatter
import Markdown

/// A person named by a page: a portfolio's id resolved to that page, or a name written out.
public struct Person: Sendable, Equatable {
  /// The name to show.
  public var name: String
  /// The organisation, for people without a portfolio.
  public var organization: String?
  /// The portfolio page's index, when the person has one.
  public var portfolio: Int?
}

/// A file beside a page in its bundle.
public struct Attachment: Sendable, Equatable {
  /// The file name.
  public var name: String
  /// Path relative to the source directory.
  public var sourcePath: String
  /// Path of the copy relative to the output root.
  public var outputPath: String
  /// Size in bytes.
  public var size: Int
}

/// One content page and everything learnt about it while building.
public final class Page: @unchecked Sendable {
  /// Path relative to the source directory (`content/lessons/drobi.md`).
  public let path: String
  /// Path relative to `content/` without the file name's extension (`lessons/drobi`).
  public let contentPath: String
  /// The front matter; empty after resolving, which reads it into the typed properties
  /// (section `_index.md` files keep theirs).
  public internal(set) var fields: YAMLMapping
  /// Where the Markdown body starts in the decoded text of the file (UTF-8 byte offset); the
  /// body is read again from the file when it is parsed, so no body waits in memory.
  let bodyOffset: Int
  /// UTF-8 length of the file's decoded text when it was loaded.
  let textLength: Int
  /// The file's stamp when it was loaded.
  var fileStamp = FileStamp()
  /// The hash of the file's bytes when it was loaded (a key of its cached parse).
  var sourceHash = ContentHash()
  /// Whether the file's bytes were its text as they are (UTF-8 without a BOM or CR), so an
  /// unchanged file's body can be read again without decoding.
  var isPlainUTF8 = false
  /// The file line where the body starts.
  public let bodyFirstLine: Int
  /// Whether the file is a bundle's `index.md`.
  public let isBundle: Bool

  /// The top-level folder (`lessons`), or empty for pages at the root of `content/`.
  public var section = ""
  /// What the page is.
  public var kind = PageKind.page
  /// The page's own slug (last URL part).
  public var slug = ""
  /// The page's folder relative to the output root, ending in `/` (`lessons/drobi/`).
  public var outputDirectory = ""
  /// Title.
  public var title = "" {
    didSet { titleSortKey = RussianText.sortKey(title) }
  }
  /// The title's key for sorting the Russian way, kept beside it.
  private(set) var titleSortKey = ""
  /// Publication date.
  public var date: YAMLDate?
  /// Date of the last change.
  public var updated: YAMLDate?
  /// One-sentence summary (from the front matter or the first paragraph).
  public var summary = ""
  /// Tags as written (canonical spelling).
  public var tags: [String] = []
  /// Whether the page is a draft.
  public var draft = false
  /// Whether its front matter could not be read (the error is reported): the page keeps
  /// only its place and address, so that links to it still resolve.
  public var frontMatterFailed = false
  /// Why the published site leaves this page out, when a preview (`--drafts`, `serve`)
  /// shows it anyway: the page says so.
  public var unpublished: LeftOutPage.Reason?
  /// Order inside its section before dates (lower first).
  public var weight = 0
  /// Language of the page.
  public var language = "ru"
  /// The page's `search:` weight (0: left out of search), or nil to take its section's.
  public var searchWeight: Double?
  /// Kind-specific facts.
  public var facts = PageFacts()
  /// Attachments of a bundle.
  public var attachments: [Attachment] = []
  /// The output path of the first image the page shows (for link previews in messengers).
  var firstImage: String?
  /// The parsed Markdown of a section's `_index.md` (its intro); nil for pages, whose HTML
  /// waits in the build's ``BodyStore``.
  var document: Document?
  /// Where the page's HTML (links resolved) is in the build's ``BodyStore``.
  var bodyHTML: BodyStore.Handle?
  /// The links and images of the body, in order.
  public internal(set) var links: [LinkReference] = []
  /// The headings of the body, with their anchors.
  public internal(set) var outline: [Heading] = []
  /// The anchors the page's raw HTML sets (`<a id="…">`), which links may point at too.
  public internal(set) var htmlAnchors: [String] = []
  /// Whether the page's Markdown shows a video embed.
  public internal(set) var hasVideo = false
  /// Indices of pages that link here or name this page as a person.
  public var backlinks: Set<Int> = []

  /// A page read from a file whose decoded text is `textLength` UTF-8 bytes long, the body
  /// starting at `bodyOffset` on line `bodyFirstLine`.
  init(
    path: String, contentPath: String, fields: YAMLMapping, bodyOffset: Int, textLength: Int,
    bodyFirstLine: Int, isBundle: Bool
  ) {
    self.path = path
    self.contentPath = contentPath
    self.fields = fields
    self.bodyOffset = bodyOffset
    self.textLength = textLength
    self.bodyFirstLine = bodyFirstLine
    self.isBundle = isBundle
  }

  /// The file name's slug source: the file name, or the folder name of a bundle.
  var fileStem: String {
    let parts = Paths.components(of: contentPath)
    if isBundle, parts.count >= 2 { return String(parts[parts.count - 2]) }
    return parts.last.map(String.init) ?? ""
  }

  /// The folder holding the source file, relative to `content/` (empty at the root).
  var sourceFolder: String {
    Paths.folder(of: contentPath)
  }
}

/// The facts only some kinds have.
public struct PageFacts: Sendable {
  /// Portfolio: full name.
  public var name: String?
  /// Portfolio: job title.
  public var position: String?
  /// Portfolio: school.
  public var school: String?
  /// Portfolio: subjects taught; lesson and olympiad: the one subject (first item).
  public var subjects: [String] = []
  /// Portfolio: qualification category.
  public var category: String?
  /// Portfolio: years of experience.
  public var experience: Int?
  /// Portfolio: photo path as written.
  public var photo: String?
  /// Portfolio: e-mail.
  public var email: String?
  /// Portfolio: awards.
  public var awards: [String] = []
  /// Lesson and olympiad: authors; seminar: participants.
  public var people: [Person] = []
  /// Lesson and olympiad: grades taught.
  public var grades: [Int] = []
  /// Lesson: type of lesson.
  public var lessonType: String?
  /// Lesson: duration in minutes.
  public var duration: Int?
  /// Lesson: goals.
  public var goals: [String] = []
  /// Seminar: place.
  public var place: String?
  /// Seminar: organiser.
  public var organizer: String?
  /// Seminar: format (очно, онлайн, вебинар).
  public var format: String?
  /// Olympiad: level.
  public var level: String?
  /// The fields a site's schema adds (read generically), in the schema's order.
  public var values: [FieldValue] = []
  /// The values of the page's facet fields as terms, by field name.
  public var terms: [String: [String]] = [:]
}

/// One field of a page read by the schema (not by the built-in code), ready to show.
public struct FieldValue: Sendable, Equatable {
  /// The key in the front matter.
  public var name: String
  /// The value as shown on the page (a list joined with commas, «да»/«нет», a formatted day).
  public var text: String
  /// The items of a list (one item for a single value).
  public var items: [String]
}
