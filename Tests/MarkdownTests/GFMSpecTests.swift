import XCTest

@testable import Markdown

/// The table, autolink and strikethrough examples of the GFM spec (spec.txt) and of
/// cmark-gfm's extension tests (extensions.txt), rendered with raw HTML allowed and no
/// typography (as cmark-gfm's suite runs them). HTML is compared after `SpecExample.normalized`
/// (white space between tags); the exact matches are counted too.
final class GFMSpecTests: XCTestCase {
  /// Examples we do not aim to match, by file and line, with the reason (none at present).
  /// The extensions file's crash test (`<IGNORE>`) has no expected output: it passes when
  /// rendering finishes, and is not counted as exact.
  static let skipped: [String: String] = [:]

  /// Examples of other extensions, not run, with the reason.
  static let notRun = [
    "spec.txt 'tagfilter' (1) and extensions.txt 'HTML tag filter' (1): raw HTML is dropped, escaped or "
      + "allowed as a whole (RawHTMLPolicy) instead of filtering nine tags",
    "spec.txt 'disabled' (2) and extensions.txt 'Task lists' (3): task lists are not part of this module",
    "extensions.txt 'Footnotes' (1): footnotes are not part of GFM's spec and not supported",
  ]

  override class func tearDown() {
    for line in notRun { print("not run: \(line)") }
    super.tearDown()
  }

  private let options = MarkdownOptions(language: "en", rawHTML: .allow, typography: false)

  func testSpecExamples() throws {
    let examples = try SpecExample.load("spec.txt")
    for tag in ["table", "autolink", "strikethrough"] {
      try check(examples.filter { $0.tag == tag }, label: "gfm \(tag)", file: "spec.txt")
    }
  }

  func testExtensionExamples() throws {
    let examples = try SpecExample.load("extensions.txt")
    let sections = [
      ("Tables", "table"), ("Strikethroughs", "strikethrough"), ("Autolinks", "autolink"),
      ("Interop", "interop"),
    ]
    for (section, label) in sections {
      try check(
        examples.filter { $0.section == section }, label: "extensions \(label)",
        file: "extensions.txt")
    }
  }

  private func check(_ examples: [SpecExample], label: String, file: String) throws {
    XCTAssertFalse(examples.isEmpty, label)
    var passed = 0
    var exact = 0
    var skippedHere: [String] = []
    for example in examples {
      let key = "\(file):\(example.line)"
      let html = Document(markdown: example.markdown, options: options).renderHTML()
      if let reason = Self.skipped[key] {
        skippedHere.append("\(key): \(reason)")
        continue
      }
      if example.html.hasPrefix("<IGNORE>") {
        passed += 1
        continue
      }
      if html == example.html { exact += 1 }
      if SpecExample.normalized(html) == SpecExample.normalized(example.html) {
        passed += 1
      } else {
        XCTFail(
          "\(key)\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- got\n\(html)")
      }
    }
    let total = examples.count - skippedHere.count
    print("\(label): \(passed)/\(total) passed (\(exact) exact)")
    for line in skippedHere { print("  skipped \(line)") }
  }
}
