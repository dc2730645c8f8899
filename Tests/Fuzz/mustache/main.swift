// libFuzzer entry for the Mustache module. Built together with Sources/Mustache in one
// swiftc invocation (see ../run.sh).
#if canImport(Mustache)
  import Mustache
#endif

/// The input, cut at NUL bytes, is a main template and its partials (`p1`, `p2`, …; a
/// template may also inherit from them). It is compiled and, when it compiles, rendered
/// against a context holding every kind of value, both to a string and to bytes, which
/// must agree. Any crash, hang or disagreement is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func mustacheFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let parts = UnsafeBufferPointer(start: data, count: size).split(
    separator: 0, omittingEmptySubsequences: false)
  var sources: [String: (text: String, file: String)] = [:]
  for (index, part) in parts.prefix(4).enumerated() {
    let name = index == 0 ? "main" : "p\(index)"
    sources[name] = (String(decoding: part, as: UTF8.self), name + ".mustache")
  }
  for strict in [true, false] {
    guard let templates = try? TemplateSet(sources: sources, strictPartials: strict) else {
      continue
    }
    guard let text = try? templates.render("main", context: context) else { continue }
    var bytes: [UInt8] = []
    guard (try? templates.renderBytes("main", context: context, into: &bytes)) != nil else {
      fatalError("rendered to a string but not to bytes")
    }
    if Array(text.utf8) != bytes { fatalError("string and byte renderings differ") }
  }
  return 0
}

/// Names a fuzzed template is likely to use, with nested lists and maps.
private let context: TemplateValue = .dictionary([
  "a": .string("<&\"'>"), "b": .bool(true), "c": .bool(false), "n": .int(3), "d": .double(1.5),
  "u": .utf8(Array("ё<b>".utf8)), "x": .null,
  "list": .array([.string("1"), .dictionary(["a": .int(2)]), .array([.bool(true)])]),
  "map": .dictionary(["a": .dictionary(["b": .string("deep")]), "list": .array([.int(1)])]),
  "empty": .array([]),
])
