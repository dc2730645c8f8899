import FrontMatter
import Text

/// Step 1 of the pipeline: lists `content/`, reads and decodes every file in parallel and
/// splits off its front matter.
struct ContentLoader {
  /// The site's source directory.
  let sourceDirectory: String
  /// Where problems go.
  let diagnostics: DiagnosticBag
  /// The largest file read, in bytes (`max_file_mb`).
  var maxFileBytes = SiteConfig().maxFileMB << 20

  /// What loading found.
  struct Result {
    /// Every page, in path order.
    var pages: [Page] = []
    /// `_index.md` files: `""` for the home page, else the section name.
    var sectionIndexes: [String: Page] = [:]
    /// Files under `content/` that are not Markdown, relative to `content/`.
    var assets: [String] = []
  }

  /// Loads the whole content folder.
  func load() -> Result {
    let root = SourceLayout(root: sourceDirectory).content
    guard let listing = DirectoryWalker.listing(under: root) else {
      diagnostics.error(
        SourceLayout.contentFolder,
        "there is no 'content' folder: create it and put the site's Markdown files in it"
      )
      return Result()
    }
    listing.report(into: diagnostics, under: SourceLayout.contentFolder)
    let files = listing.files
    let markdown = files.filter(Self.isMarkdown)
    let loaded = Parallel.map(markdown) { relative in
      loadPage(relative: relative, root: root)
    }
    var result = Result()
    result.assets = files.filter { !Self.isMarkdown($0) }
    for case let page? in loaded {
      if page.contentPath == "_index" || page.contentPath.hasSuffix("/_index") {
        result.sectionIndexes[page.sourceFolder] = page
      } else {
        result.pages.append(page)
      }
    }
    return result
  }

  /// Whether a file is a page: `.md` or `.markdown` in any case (`BIG.MD` from Windows).
  static func isMarkdown(_ path: String) -> Bool {
    guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
    let ext = path[path.index(after: dot)...].lowercased()
    return ext == "md" || ext == "markdown"
  }

  /// Reads, decodes and splits one file; nil after reporting why it could not be.
  private func loadPage(relative: String, root: String) -> Page? {
    let path = SourceLayout.contentPath(relative)
    let bytes: [UInt8]
    let stamp: FileStamp
    switch FileSystem.readSource(root + "/" + relative, limit: maxFileBytes) {
    case .bytes(let read, let readStamp): (bytes, stamp) = (read, readStamp)
    case .unreadable(let cause):
      diagnostics.error(path, "cannot read the file (\(cause)): check its permissions")
      return nil
    case .notRegular:
      diagnostics.warning(path, DirectoryWalker.notRegular)
      return nil
    case .tooLarge(let size):
      diagnostics.error(
        path,
        "the file is \(FileSystem.megabytes(size)) MB, more than max_file_mb"
          + " (\(maxFileBytes >> 20) MB) in site.yml allows: split it into several pages, or"
          + " raise max_file_mb if it really is one page")
      return nil
    }
    do throws(FrontMatterError) {
      var loaded = try loadPlain(bytes, path: path)
      if loaded == nil { loaded = try loadDecoded(bytes, path: path) }
      guard let page = loaded else { return nil }
      page.fileStamp = stamp
      page.sourceHash = ContentHash(of: bytes)
      return page
    } catch {
      diagnostics.error(
        path, line: error.location.line, column: error.location.column, error.message)
      return placeholder(path: path, length: bytes.count, stamp: stamp)
    }
  }

  /// A page whose front matter could not be read: it keeps its place and address in the site,
  /// so that links to it are not reported too (the build stops on its error anyway).
  private func placeholder(path: String, length: Int, stamp: FileStamp) -> Page {
    let page = makePage(
      path: path, fields: YAMLMapping(), bodyOffset: length, textLength: length, bodyFirstLine: 1)
    page.frontMatterFailed = true
    page.fileStamp = stamp
    return page
  }

  /// The page of a file whose bytes are its text as they are (well-formed UTF-8 without a
  /// byte order mark, carriage returns or NUL), split without making a `String` of it; nil
  /// for any other file.
  private func loadPlain(_ bytes: [UInt8], path: String) throws(FrontMatterError) -> Page? {
    let parsed = try bytes.withUnsafeBufferPointer { buffer throws(FrontMatterError) in
      guard TextDecoding.firstNUL(in: buffer) == nil, UTF8Text.isValid(buffer),
        TextDecoding.controlCharacters(in: bytes) == nil
      else { return nil as (fields: YAMLMapping, bodyOffset: Int, bodyFirstLine: Int)? }
      return try FrontMatter.parse(cleanUTF8: buffer)
    }
    guard let parsed else { return nil }
    let page = makePage(
      path: path, fields: parsed.fields, bodyOffset: parsed.bodyOffset, textLength: bytes.count,
      bodyFirstLine: parsed.bodyFirstLine)
    page.isPlainUTF8 = true
    return page
  }

  /// The page of any other file: decoded (BOM, line ends, Windows-1251) and then split; nil
  /// after reporting why the file can't be read as text.
  private func loadDecoded(_ bytes: [UInt8], path: String) throws(FrontMatterError) -> Page? {
    guard let text = decode(bytes, path: path) else { return nil }
    warnAboutControls(bytes, path: path)
    let parsed = try FrontMatter.parse(text)
    let length = text.utf8.count
    return makePage(
      path: path, fields: parsed.fields, bodyOffset: length - parsed.body.utf8.count,
      textLength: length, bodyFirstLine: parsed.bodyFirstLine)
  }

  private func makePage(
    path: String, fields: YAMLMapping, bodyOffset: Int, textLength: Int, bodyFirstLine: Int
  ) -> Page {
    let relative = SourceLayout.contentRelative(path)
    let dot = relative.utf8.lastIndex(of: UInt8(ascii: ".")) ?? relative.endIndex
    let stem = String(relative[..<dot])
    return Page(
      path: path, contentPath: stem, fields: fields, bodyOffset: bodyOffset,
      textLength: textLength, bodyFirstLine: bodyFirstLine,
      isBundle: stem == "index" || stem.hasSuffix("/index"))
  }

  private func decode(_ bytes: [UInt8], path: String) -> String? {
    switch TextDecoding.decode(bytes) {
    case .utf8(let text):
      return text
    case .windows1251(let text):
      diagnostics.warning(
        path,
        "the file is in the Windows-1251 encoding, not UTF-8; it was converted, but re-save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)"
      )
      return text
    case .utf16(let text):
      diagnostics.warning(
        path,
        "the file is in the UTF-16 encoding (\"Unicode\" in Notepad), not UTF-8; it was"
          + " converted, but re-save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)")
      return text
    case .koi8r(let text):
      diagnostics.warning(
        path,
        "the file is in the KOI8-R encoding, not UTF-8; it was converted, but re-save it as"
          + " UTF-8 (in a text editor: Save as → Encoding: UTF-8)")
      return text
    case .nulByte(let line, let column):
      diagnostics.error(
        path, line: line, column: column,
        "the file contains a NUL byte: it is binary or damaged; re-save it as plain UTF-8 text")
      return nil
    case .undecodable(let line, let column):
      diagnostics.error(
        path, line: line, column: column,
        "the file is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R text; re-save it as UTF-8")
      return nil
    }
  }

  /// A warning at the first control character the decoding removed.
  private func warnAboutControls(_ bytes: [UInt8], path: String) {
    let isUTF8 = bytes.withUnsafeBufferPointer(UTF8Text.isValid)
    guard TextDecoding.utf16Order(bytes) == nil,
      let (offset, count) = TextDecoding.controlCharacters(in: bytes, utf8: isUTF8)
    else { return }
    let (line, column) = TextDecoding.position(of: offset, in: bytes)
    diagnostics.warning(
      path, line: line, column: column,
      "the text holds \(count) invisible control character\(count == 1 ? "" : "s") (from"
        + " copying out of another program); they were removed: retype the text around here")
  }
}
