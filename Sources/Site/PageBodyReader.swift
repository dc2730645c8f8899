/// Reads a page's Markdown body again from its file when the page is parsed: loading keeps
/// only the front matter, so the text of the whole site never has to be in memory at once.
struct PageBodyReader {
  /// The absolute path of `content/`.
  let contentRoot: String
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// The UTF-8 bytes of the body of `page`, or nil after reporting that its file changed or
  /// vanished since it was loaded. A file unchanged since then (same stamp) whose bytes were
  /// its text is not decoded again: it was checked when it was loaded.
  func body(of page: Page) -> [UInt8]? {
    let path = contentRoot + "/" + SourceLayout.contentRelative(page.path)
    if page.isPlainUTF8,
      let (body, stamp) = FileSystem.readStamped(path, skipping: page.bodyOffset),
      stamp == page.fileStamp, body.count == page.textLength - page.bodyOffset
    {
      return body
    }
    guard let (bytes, _) = FileSystem.readStamped(path) else { return changed(page) }
    guard let text = TextDecoding.decode(bytes).text, text.utf8.count == page.textLength else {
      return changed(page)
    }
    return Array(text.utf8.dropFirst(page.bodyOffset))
  }

  private func changed(_ page: Page) -> [UInt8]? {
    diagnostics.error(
      page.path, "the file changed or vanished while the site was being built: build again")
    return nil
  }
}
