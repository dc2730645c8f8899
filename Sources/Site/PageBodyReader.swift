/// Reads a page's Markdown body again from its file when the page is parsed: loading keeps
/// only the front matter, so the text of the whole site never has to be in memory at once.
struct PageBodyReader {
  /// The absolute path of `content/`.
  let contentRoot: String
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// The body of `page`, or nil after reporting that its file changed or vanished since it
  /// was loaded.
  func body(of page: Page) -> String? {
    let relative = page.path.dropFirst("content/".count)
    guard let bytes = FileSystem.read(contentRoot + "/" + relative),
      let text = TextDecoding.decode(bytes).text,
      text.utf8.count == page.textLength
    else {
      diagnostics.error(
        page.path, "the file changed or vanished while the site was being built: build again")
      return nil
    }
    let utf8 = text.utf8
    return String(text[utf8.index(utf8.startIndex, offsetBy: page.bodyOffset)...])
  }
}
