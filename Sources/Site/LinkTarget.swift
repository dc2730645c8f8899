import Foundation
import Markdown
import Text

/// Resolves the links and images of one page: `.md` files to their pages' URLs (anchors
/// checked against the target's headings), other files to their copies, external addresses
/// left alone. Problems are reported at the link's line and column.
struct LinkTarget {
  /// The site.
  let model: SiteModel
  /// The page whose links these are (a section's `_index.md` too).
  let page: Page
  /// Its index among the site's pages, nil for a section's `_index.md`.
  let pageIndex: Int?
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// Whether anchors are checked against the target's headings (which must be known by then).
  let checksAnchors: Bool
  /// The page's folder under `content/`, which its relative links start from.
  private let sourceFolder: String
  /// The `../` steps from the page's output folder back to the site's root.
  private let rootPrefix: String
  /// The message for each missing path and destination met on this page: its suggestion
  /// looks at every file, and a page pasted from elsewhere repeats one broken link often.
  private var missingMessages: [String: String] = [:]

  init(
    model: SiteModel, page: Page, pageIndex: Int?, diagnostics: DiagnosticBag,
    checksAnchors: Bool = true
  ) {
    self.model = model
    self.page = page
    self.pageIndex = pageIndex
    self.diagnostics = diagnostics
    self.checksAnchors = checksAnchors
    sourceFolder = page.sourceFolder
    rootPrefix = String(repeating: "../", count: Self.segmentCount(page.outputDirectory))
  }

  /// How many links this target showed as text because they lead to a missing page, file
  /// or anchor (with `broken_links: warning`).
  private(set) var brokenCount = 0
  /// The files under `content/` that the page shows as images (not listed again as its
  /// attachments).
  private(set) var shownImages: Set<String> = []
  /// The output path (root-relative) of the first file the page shows as an image.
  private(set) var firstImage: String?

  /// The destination to write for `link`, or nil to keep it as written (a link that leads
  /// nowhere keeps its destination too). Records pages linked to in `linked`.
  mutating func resolve(_ link: LinkReference, linked: inout Set<Int>) -> String? {
    switch output(for: link, linked: &linked) {
    case .destination(let url), .image(let url, _, _): return url
    case .written, .text: return nil
    }
  }

  /// What the page shows for `link`: its destination as written, the page's or file's
  /// address in the site, or only its text when it leads nowhere. Records pages linked to in
  /// `linked`; reports problems.
  mutating func output(for link: LinkReference, linked: inout Set<Int>) -> LinkOutput {
    let destination = link.destination.trimmed
    if destination.isEmpty {
      let what = link.isImage ? "image" : "link"
      report(
        link, severity: .warning,
        "the \(what) '\(Diagnostic.quoted(link.text))' has no address, so it leads nowhere;"
          + " write the address between the round brackets, [\(link.isImage ? "описание" : "текст")](адрес),"
          + " or remove the brackets; it is shown as text")
      return .text
    }
    if destination.utf8.starts(with: "//".utf8) { return .written }
    if Self.isExternal(destination) {
      guard let problem = LinkScheme.problem(with: destination, isImage: link.isImage) else {
        return .written
      }
      report(link, severity: .warning, problem)
      return .text
    }
    let (pathPart, anchor) = Self.splitAnchor(destination)
    if pathPart.isEmpty {
      guard let anchor, checksAnchors else { return .written }
      return checkAnchor(anchor, in: page, link: link) ? .written : broken()
    }
    guard let path = Self.normalize(pathPart, from: sourceFolder) else {
      report(
        link, severity: brokenSeverity,
        "the link '\(destination)' points outside the 'content' folder")
      return broken()
    }
    let suffix = anchor.map { "#" + $0 } ?? ""
    if let target = targetPage(for: path) {
      let targetPage = model.pages[target]
      if let anchor, checksAnchors, !checkAnchor(anchor, in: targetPage, link: link) {
        return broken()
      }
      if target != pageIndex { linked.insert(target) }
      return .destination(rootPrefix + model.config.href(targetPage.outputDirectory) + suffix)
    }
    if let section = sectionFolder(for: path) {
      return .destination(rootPrefix + model.config.href(section) + suffix)
    }
    if let output = model.assetOutput[path] {
      let url = rootPrefix + Self.percentEncoded(output) + suffix
      guard link.isImage, let image = model.images[path] else { return .destination(url) }
      shownImages.insert(path)
      if firstImage == nil { firstImage = output }
      checkWeight(of: image, path: path, link: link)
      guard let pixels = image.pixels else { return .destination(url) }
      return .image(url, width: pixels.width, height: pixels.height)
    }
    let key = path + "\u{0}" + destination
    let message = missingMessages[key] ?? missingMessage(for: path, destination: destination)
    missingMessages[key] = message
    report(link, severity: brokenSeverity, message)
    return broken()
  }

  /// Warns when an image shown in the page is heavier than `max_image_kb` (slow school links).
  private func checkWeight(of image: ImageFile, path: String, link: LinkReference) {
    let limit = model.config.maxImageKB
    guard limit > 0, image.bytes > limit * 1024 else { return }
    report(
      link, severity: .warning,
      "the image content/\(Diagnostic.quoted(path)) is \(ImageFile.kilobytes(image.bytes)) KB,"
        + " more than \(limit) KB (max_image_kb in site.yml): pages with it open slowly on"
        + " school and mobile connections; save it smaller (about 1600 pixels across is"
        + " enough for a page) or raise max_image_kb")
  }

  /// How a link to a missing page, file or anchor is reported (``SiteConfig/brokenLinks``).
  private var brokenSeverity: Diagnostic.Severity { model.config.brokenLinks }

  /// A broken link: shown as text and counted, when broken links are warnings; else kept
  /// (the build stops anyway).
  private mutating func broken() -> LinkOutput {
    guard brokenSeverity == .warning else { return .written }
    brokenCount += 1
    return .text
  }

  private func missingMessage(for path: String, destination: String) -> String {
    let what = path.hasSuffix(".md") ? "page" : "file"
    var message =
      "the link '\(Diagnostic.quoted(destination))' points to a \(what) that does not exist"
      + " (content/\(Diagnostic.quoted(path)))"
    if brokenSeverity == .warning { message += " and is shown as text" }
    let candidates = path.hasSuffix(".md") ? model.pageCandidates : model.assetCandidates
    if let near = candidates.closest(to: path) {
      let written = FileSuggestion.written(
        near, missing: path, destination: destination, from: sourceFolder)
      message += "; did you mean '\(written)'?"
    } else if path.hasSuffix(".md") {
      message += "; check the file name (or the page is a draft)"
    }
    return message
  }

  private func targetPage(for path: String) -> Int? {
    if let index = model.pageBySource[path] { return index }
    if path.hasSuffix("/") || !path.utf8.contains(UInt8(ascii: ".")) {
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      return model.pageBySource[folder + "/index.md"]
    }
    return nil
  }

  private func sectionFolder(for path: String) -> String? {
    let folder =
      path.hasSuffix("/_index.md")
      ? String(path.dropLast(10)) : (path.hasSuffix("/") ? String(path.dropLast()) : path)
    if path == "_index.md" || folder.isEmpty { return "" }
    return model.sections.first { $0.name == folder }?.outputDirectory
  }

  /// Whether `anchor` is a heading of `target`; reports it when not.
  private func checkAnchor(_ anchor: String, in target: Page, link: LinkReference) -> Bool {
    let outline = target.outline
    if outline.contains(where: { $0.answers(to: anchor) }) || target.htmlAnchors.contains(anchor) {
      return true
    }
    var message = "the anchor '#\(Diagnostic.quoted(anchor))' does not exist in \(target.path)"
    if brokenSeverity == .warning { message += ", so the link is shown as text" }
    if let near = Suggestion.closest(to: anchor, in: outline.map(\.id)) {
      message += "; did you mean '#\(near)'?"
    } else if !outline.isEmpty {
      message +=
        "; its headings are " + outline.prefix(5).map { "'#\($0.id)'" }.joined(separator: ", ")
    }
    report(link, severity: brokenSeverity, message)
    return false
  }

  private func report(_ link: LinkReference, severity: Diagnostic.Severity, _ message: String) {
    diagnostics.add(
      Diagnostic(severity, page.path, line: link.line, column: link.column, message))
  }

  /// How many non-empty `/`-separated parts `path` has.
  static func segmentCount(_ path: String) -> Int {
    Paths.components(of: path).count
  }

  /// Whether a destination is an address with a scheme (`https:`, `mailto:`) or `//host`.
  static func isExternal(_ destination: String) -> Bool {
    let bytes = destination.utf8
    if bytes.starts(with: "//".utf8) { return true }
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else {
      return false
    }
    let scheme = bytes[..<colon]
    guard let first = scheme.first, ASCII.isLetter(first) else { return false }
    return scheme.allSatisfy {
      ASCII.isLetter($0) || ASCII.isDigit($0) || "+-.".utf8.contains($0)
    }
  }

  /// The path (percent-decoded, query removed) and the anchor of a destination.
  static func splitAnchor(_ destination: String) -> (String, String?) {
    let bytes = destination.utf8
    let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
    let beforeHash = bytes[..<(hash ?? bytes.endIndex)]
    let query = beforeHash.firstIndex(of: UInt8(ascii: "?")) ?? beforeHash.endIndex
    let path = String(decoding: beforeHash[..<query], as: UTF8.self)
    let anchor = hash.map { String(decoding: bytes[bytes.index(after: $0)...], as: UTF8.self) }
    return (path.removingPercentEncodingSafely, anchor?.removingPercentEncodingSafely)
  }

  /// `folder` + `path` with `.` and `..` resolved, relative to `content/`; nil above it.
  static func normalize(_ path: String, from folder: String) -> String? {
    let slash = UInt8(ascii: "/")
    var joined: [UInt8] = []
    joined.reserveCapacity(folder.utf8.count + path.utf8.count + 1)
    if path.utf8.first != slash {
      for part in Paths.components(of: folder) { append(part, to: &joined) }
    }
    for part in Paths.components(of: path) {
      let dots = part.utf8.allSatisfy { $0 == UInt8(ascii: ".") } ? part.utf8.count : 0
      if dots == 1 { continue }
      if dots == 2 {
        guard !joined.isEmpty else { return nil }
        joined.removeSubrange((joined.lastIndex(of: slash) ?? joined.startIndex)...)
      } else {
        append(part, to: &joined)
      }
    }
    if path.utf8.last == slash && !joined.isEmpty { joined.append(slash) }
    return String(decoding: joined, as: UTF8.self)
  }

  /// Adds one path segment after a `/` (none before the first).
  private static func append(_ part: Substring, to joined: inout [UInt8]) {
    if !joined.isEmpty { joined.append(UInt8(ascii: "/")) }
    var part = part
    part.withUTF8 { joined.append(contentsOf: $0) }
  }

  /// A path with spaces and other unsafe characters percent-encoded.
  static func percentEncoded(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
  }
}
