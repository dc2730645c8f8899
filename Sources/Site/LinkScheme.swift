/// What a link's scheme (`https:`, `mailto:`, `info:`) says about where it leads.
enum LinkScheme {
  /// Schemes a browser or a common program opens.
  static let known: Set<String> = [
    "http", "https", "mailto", "tel", "sms", "ftp", "ftps", "sftp", "ssh", "git", "svn", "irc",
    "ircs", "news", "nntp", "xmpp", "skype", "callto", "facetime", "geo", "maps", "magnet",
    "webcal", "feed", "urn", "tg", "viber", "whatsapp", "zoommtg", "bitcoin", "market",
    "itms-apps", "ws", "wss", "data",
  ]
  /// Schemes that run code or read the reader's own disk; cmark's safe mode removes them.
  static let dangerous: Set<String> = ["javascript", "vbscript", "file"]

  /// The lower-cased scheme of an external destination (nil for `//host/…`).
  static func of(_ destination: String) -> String? {
    guard let colon = destination.firstIndex(of: ":") else { return nil }
    return destination[..<colon].lowercased()
  }

  /// The warning for a link whose scheme no browser opens, or nil when it is fine.
  static func problem(with destination: String, isImage: Bool) -> String? {
    let what = isImage ? "image" : "link"
    let shown = Diagnostic.quoted(destination)
    if of(destination) == "data" && !isPicture(destination) {
      // The page's HTML drops these (a `data:text/html` page can run code): say so.
      return "the \(what) '\(shown)' was removed: 'data:' addresses other than PNG, GIF, JPEG"
        + " or WebP pictures can run code; link to a web page instead; the \(what) is shown as"
        + " text"
    }
    guard let scheme = of(destination), !known.contains(scheme) else { return nil }
    if scheme.count == 1 {
      return "the \(what) '\(shown)' points to a file on your own computer, which readers of"
        + " the site cannot open; copy the file next to the page and link it by its name;"
        + " the \(what) is shown as text"
    }
    if dangerous.contains(scheme) {
      return "the \(what) '\(shown)' was removed: '\(scheme):' addresses can run code or read"
        + " the reader's files; link to a web page instead; the \(what) is shown as text"
    }
    return "the \(what) '\(shown)' starts with '\(scheme):', which browsers do not open, so it"
      + " would lead nowhere; write a full address (https://…) or a path to a file of the site;"
      + " the \(what) is shown as text"
  }
}

extension LinkScheme {
  /// Whether a `data:` address holds a picture, the only kind a page keeps.
  static func isPicture(_ destination: String) -> Bool {
    let lower = destination.prefix(20).lowercased()
    return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
      lower.hasPrefix($0)
    }
  }
}

extension Diagnostic {
  /// `text` cut to 120 characters with `…`, so that a huge value does not make a huge line.
  static func quoted(_ text: String) -> String {
    text.count > 120 ? String(text.prefix(119)) + "…" : text
  }
}
