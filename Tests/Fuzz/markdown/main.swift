// libFuzzer entry for the Markdown module (with libcmark). Built together with
// Sources/Markdown in one swiftc invocation (see ../run.sh).
#if canImport(Markdown)
  import Markdown
#endif

/// Parses the input as a page's body in both raw-HTML policies and for web pages, renders it
/// with links kept, shown as text and resolved, and checks that every warning and link is
/// located inside the input. Any crash, hang, or misplaced location is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let text = String(decoding: bytes, as: UTF8.self)
  // Line ends as CommonMark counts them: LF, CR LF and a lone CR.
  let utf8 = Array(text.utf8)
  let lines = utf8.indices.reduce(1) { count, index in
    let byte = utf8[index]
    let lone = byte == 0x0D && (index + 1 == utf8.count || utf8[index + 1] != 0x0A)
    return count + (byte == 0x0A || lone ? 1 : 0)
  }
  let first = size % 7 + 1
  for (index, policy) in [RawHTMLPolicy.drop, .allow].enumerated() {
    let options = MarkdownOptions(
      language: index == 0 ? "ru" : "en", rawHTML: policy, firstLine: first,
      webPage: index == 0)
    let document = Document(markdown: text, options: options)
    _ = document.renderHTML()
    _ = document.htmlBytes { $0.isImage ? .text : .destination("x/" + $0.destination) }
    _ = document.htmlBytes { _ in .image("a.png", width: 3, height: 2) }
    _ = document.plainTextUTF8.count
    _ = document.summary
    for warning in document.warnings { checkLine(warning.line, first: first, lines: lines) }
    for warning in document.formulaWarnings { checkLine(warning.line, first: first, lines: lines) }
    for link in document.links { checkLine(link.line, first: first, lines: lines) }
  }
  return 0
}

/// A located line must fall in the body (lines are counted from `first`).
private func checkLine(_ line: Int, first: Int, lines: Int) {
  if line < first || line > first + lines {
    fatalError("line \(line) outside \(first)...\(first + lines)")
  }
}
