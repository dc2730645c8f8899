/// Something the Markdown of a page loses or reads differently from what its author most
/// likely meant, at the place in the file where it starts. The build prints it as a
/// `path:line:column: warning:`.
public struct MarkdownWarning: Sendable, Equatable, CustomStringConvertible {
  /// The line in the file (the body's first line is ``MarkdownOptions/firstLine``).
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// What was dropped or misread and what to do, in words a teacher understands.
  public var message: String
  /// Whether it is about raw HTML left out (a page pasted from elsewhere has hundreds: past
  /// a few, they are counted in one warning).
  var isRawHTML = false

  /// A warning with these values.
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line:column: message`.
  public var description: String { "\(line):\(column): \(message)" }
}

/// The messages of ``MarkdownWarning``, in one place.
enum WarningText {
  /// Raw HTML left out of the page: `tags` are its tag names, in order, without repeats.
  static func rawHTMLDropped(_ tags: [String]) -> String {
    let names = tags.prefix(5).map { "<\($0)>" }.joined(separator: ", ")
    let what = tags.isEmpty ? "raw HTML" : "the HTML tag" + (tags.count > 1 ? "s " : " ") + names
    var advice =
      "write it in Markdown instead, or allow HTML with 'raw_html: true' in site.yml"
    if tags.contains("code") || tags.contains("kbd") || tags.contains("tt") {
      advice =
        "write code between backticks instead (`<a>`), or allow HTML with"
        + " 'raw_html: true' in site.yml"
    } else if tags.contains("iframe") {
      advice =
        "only videos from YouTube, RuTube and VK Video can be embedded; put a link to"
        + " the page instead"
    }
    let verb = tags.count > 1 ? "were" : "was"
    return "\(what) \(verb) left out of the page (HTML is not allowed in this site's Markdown);"
      + " \(advice)"
  }

  /// The raw-HTML warnings of a page past the first few, counted in one.
  static func moreRawHTML(_ count: Int, lastLine: Int) -> String {
    "HTML was left out in \(count) more places of this page too (the last on line"
      + " \(lastLine)); rewrite them in Markdown, or allow HTML with 'raw_html: true' in site.yml"
  }

  /// A paragraph that starts with a line of three or more backticks.
  static let fenceLikeParagraph =
    "this line looks like the start of a code block, but it is read as ordinary text because"
    + " the words after ``` contain a backtick (`); remove the backtick from this line, or"
    + " start the block with ~~~ instead"

  /// A fenced code block with no closing line, running to the end of the file.
  static func unclosedCodeBlock(fence: String) -> String {
    "this code block is never closed, so everything after it up to the end of the file is"
      + " shown as code; add a line \(fence) where the code ends"
  }

  /// A fenced code block cut short by the end of the list or quote it is in.
  static func cutCodeBlock(fence: String, line: Int) -> String {
    "this code block ends at line \(line) without its closing \(fence), because the list item"
      + " or quote it belongs to ends there (a heading or unindented text follows); indent"
      + " every line of the code like the first, or close the block with \(fence)"
  }

  /// Two headings with the same written id.
  static func duplicateID(_ id: String) -> String {
    "the id '{#\(id)}' is already used by another heading of this page; this heading gets"
      + " an id of its own, so choose a different one"
  }

  /// A link or image destination with spaces, read as a link anyway.
  static func spacesInDestination(_ written: String, image: Bool) -> String {
    "the address '\(written)' has spaces, which Markdown does not allow in a link; it was"
      + " read as \(image ? "an image" : "a link") anyway, but write it in angle brackets so"
      + " that every Markdown viewer shows it: (<\(written)>)"
  }
}
