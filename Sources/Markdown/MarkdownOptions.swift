import Text

/// What to do with raw HTML written in the Markdown (blocks and inline tags).
public enum RawHTMLPolicy: Sendable {
  /// Leave it out of the page.
  case drop
  /// Show it as text (`&lt;div&gt;`).
  case escape
  /// Copy it into the page as is; `javascript:` and similar link destinations are kept too.
  case allow
}

/// How a page's Markdown is read and written.
public struct MarkdownOptions: Sendable {
  /// The page's language: `"ru"` (or `"ru-…"`) turns on Russian typography («ёлочки»,
  /// ` — `); any other language gets CommonMark's smart punctuation (“curly” quotes, –, —, …).
  public var language: String = "ru"
  /// Raw HTML in the Markdown; our own HTML (tables, `<del>`) is not affected.
  public var rawHTML: RawHTMLPolicy = .drop
  /// The line of the file on which the Markdown body starts (after front matter), so that
  /// link positions are lines of the file.
  public var firstLine: Int = 1
  /// Makes a heading's `id` from its text; ids are then made unique within the page by
  /// adding `-1`, `-2`, ….
  public var slugify: @Sendable (String) -> String = MarkdownOptions.defaultSlug
  /// Whether punctuation is made typographic at all (Russian or smart); `false` keeps
  /// straight quotes and hyphens as written.
  public var typography: Bool = true
  /// Whether tables and code blocks are written for a web page rather than in the reference
  /// form of the GFM tests: `<table tabindex="0">` and `<pre tabindex="0">` (a block that
  /// scrolls sideways on a phone can be reached with the keyboard), and
  /// `style="text-align: …"` instead of the obsolete `align` attribute.
  public var webPage: Bool = false

  /// Options with the given values; every argument has the default documented above.
  public init(
    language: String = "ru", rawHTML: RawHTMLPolicy = .drop, firstLine: Int = 1,
    slugify: @escaping @Sendable (String) -> String = MarkdownOptions.defaultSlug,
    typography: Bool = true, webPage: Bool = false
  ) {
    self.language = language
    self.rawHTML = rawHTML
    self.firstLine = firstLine
    self.slugify = slugify
    self.typography = typography
    self.webPage = webPage
  }

  /// The default slug: the text lower-cased, with each run of ASCII white space turned into
  /// `-`.
  @Sendable public static func defaultSlug(_ text: String) -> String {
    var bytes = Cyrillic.lowercasedUTF8(text) ?? Array(text.lowercased().utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      // Compacts in place: a dash is only written for spaces already read past.
      var written = 0
      var pendingDash = false
      for byte in buffer {
        if ASCII.isSpace(byte) {
          pendingDash = written > 0
        } else {
          if pendingDash {
            buffer[written] = UInt8(ascii: "-")
            written += 1
          }
          pendingDash = false
          buffer[written] = byte
          written += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<written]), as: UTF8.self)
    }
  }

  /// Whether Russian typography applies.
  var usesRussianTypography: Bool {
    guard typography else { return false }
    let lower = language.lowercased()
    return lower == "ru" || lower.hasPrefix("ru-") || lower.hasPrefix("ru_")
  }

  /// Whether cmark's smart punctuation applies.
  var usesSmartPunctuation: Bool { typography && !usesRussianTypography }
}
