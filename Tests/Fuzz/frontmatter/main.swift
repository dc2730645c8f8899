// libFuzzer entry for the FrontMatter module. Build it together with Sources/FrontMatter in one
// swiftc invocation (see run.sh); the module import is only needed for other build set-ups.
#if canImport(FrontMatter)
  import FrontMatter
#endif

/// Feeds the input to the splitter and both parsers; any crash, hang or broken invariant
/// (a location outside the input) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let lineCount = text.utf8.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
  do {
    let page = try FrontMatter.parse(text)
    for entry in page.fields { visit(entry.value, lineCount: lineCount) }
    _ = page.body.utf8.count
  } catch {
    check(error.location, lineCount: lineCount)
    _ = error.description
  }
  checkCleanBytesAgree(with: text, lineCount: lineCount)
  do {
    visit(try FrontMatter.parseYAML(text, firstLine: 3), lineCount: lineCount + 2)
  } catch {
    check(error.location, lineCount: lineCount + 2)
  }
  return 0
}

/// The bytes entry point must agree with the text one wherever it accepts the bytes: same
/// fields, a body offset that cuts the same body, or the same error.
private func checkCleanBytesAgree(with text: String, lineCount: Int) {
  let bytes = Array(text.utf8)
  let viaText = Result { () throws(FrontMatterError) in try FrontMatter.parse(text) }
  let viaBytes = Result { () throws(FrontMatterError) in
    try bytes.withUnsafeBufferPointer { buffer throws(FrontMatterError) in
      try FrontMatter.parse(cleanUTF8: buffer)
    }
  }
  switch (viaText, viaBytes) {
  case (_, .success(nil)):
    return
  case (.success(let page), .success(let parsed?)):
    // Compared as text: `.nan` is a value that is not equal to itself.
    guard String(reflecting: page.fields) == String(reflecting: parsed.fields),
      page.bodyFirstLine == parsed.bodyFirstLine,
      parsed.bodyOffset <= bytes.count,
      String(decoding: bytes[parsed.bodyOffset...], as: UTF8.self) == page.body
    else { fatalError("the bytes entry point disagrees with the text one") }
  case (.failure(let textError), .failure(let bytesError)):
    guard textError == bytesError else {
      fatalError("different errors: \(textError) \(bytesError)")
    }
    check(bytesError.location, lineCount: lineCount)
  default:
    fatalError("one entry point failed, the other did not")
  }
}

/// Walks a value, calling every accessor and checking locations.
private func visit(_ value: YAMLValue, lineCount: Int) {
  check(value.location, lineCount: lineCount)
  _ = (value.scalarString, value.strings, value.typeDescription, value.double, value.isNull)
  if let date = value.date { _ = (date.description, date.secondsSince1970()) }
  switch value.kind {
  case .sequence(let items):
    for item in items { visit(item, lineCount: lineCount) }
  case .mapping(let mapping):
    for entry in mapping {
      check(entry.keyLocation, lineCount: lineCount)
      visit(entry.value, lineCount: lineCount)
    }
  default:
    break
  }
}

private func check(_ location: SourceLocation, lineCount: Int) {
  if location.line < 1 || location.line > lineCount || location.column < 1 {
    fatalError("location \(location) outside an input of \(lineCount) lines")
  }
}
