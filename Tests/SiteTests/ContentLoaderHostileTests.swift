import Foundation
import XCTest

@testable import Site

/// Issue 19: what loading reads, skips and reports, on real files in a temporary site.
final class ContentLoaderHostileTests: XCTestCase {
  private var site: URL!

  override func setUpWithError() throws {
    site = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pednet-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("content/notes"), withIntermediateDirectories: true)
    try write("content/notes/plain.md", "---\ntitle: Заметка\n---\nТекст.\n")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: site)
  }

  private func write(_ path: String, _ text: String) throws {
    try write(path, Data(text.utf8))
  }

  private func write(_ path: String, _ data: Data) throws {
    let url = site.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  private func build() -> BuildReport {
    var options = BuildOptions(sourceDirectory: site.path)
    options.today = 20_250_101
    return SiteBuilder.build(options)
  }

  private func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: site.appendingPathComponent("public/" + path).path)
  }

  private func messages(_ report: BuildReport) -> [String] {
    report.diagnostics.map(\.description)
  }

  func testLinksOutOfTheSiteAreSkippedWithAWarning() throws {
    try FileManager.default.createSymbolicLink(
      atPath: site.appendingPathComponent("content/notes/etc").path, withDestinationPath: "/etc")
    try FileManager.default.createSymbolicLink(
      atPath: site.appendingPathComponent("content/notes/zero.md").path,
      withDestinationPath: "/dev/zero")
    let report = build()
    XCTAssertTrue(report.succeeded, "\(messages(report))")
    XCTAssertFalse(exists("notes/etc/passwd"))
    let warnings = messages(report).filter { $0.contains("outside the site's folder") }
    XCTAssertEqual(warnings.count, 2, "\(messages(report))")
    XCTAssertTrue(warnings[0].hasPrefix("content/notes/etc:1:1: warning:"), warnings[0])
  }

  func testPipesAreSkippedWithoutWaiting() throws {
    let pipe = site.appendingPathComponent("content/notes/pipe.md").path
    XCTAssertEqual(mkfifo(pipe, 0o644), 0)
    let report = build()
    XCTAssertTrue(report.succeeded)
    XCTAssertTrue(
      messages(report).contains { $0.contains("pipe.md") && $0.contains("not a regular file") },
      "\(messages(report))")
  }

  func testUpperCaseExtensionIsAPageNotARawFile() throws {
    try write("content/notes/BIG.MD", "---\ntitle: Большой\n---\nТекст.\n")
    XCTAssertTrue(build().succeeded)
    XCTAssertFalse(exists("notes/BIG.MD"))
    XCTAssertTrue(
      FileManager.default.fileExists(
        atPath: site.appendingPathComponent("public/notes").path + "/"
          + Slug.make("BIG") + "/index.html"))
  }

  func testTooLargeFileIsAnErrorNamingTheSetting() throws {
    try write("site.yml", "max_file_mb: 1\n")
    try write(
      "content/notes/big.md", "---\ntitle: x\n---\n" + String(repeating: "a", count: 1_200_000))
    let report = build()
    XCTAssertFalse(report.succeeded)
    XCTAssertEqual(
      messages(report).filter { $0.contains("max_file_mb") },
      [
        "content/notes/big.md:1:1: error: the file is 1.1 MB, more than max_file_mb (1 MB) in"
          + " site.yml allows: split it into several pages, or raise max_file_mb if it really is"
          + " one page"
      ])
  }

  func testDraftBundleFilesAreNotPublished() throws {
    try write("content/notes/otvety/index.md", "---\ntitle: Ответы\ndraft: true\n---\n")
    try write("content/notes/otvety/otvety.pdf", "секрет")
    try write("content/notes/later/index.md", "---\ntitle: Потом\ndate: 2099-01-01\n---\n")
    try write("content/notes/later/answers.pdf", "секрет")
    let report = build()
    XCTAssertTrue(report.succeeded, "\(messages(report))")
    XCTAssertFalse(exists("notes/otvety/otvety.pdf"))
    XCTAssertFalse(exists("notes/otvety.pdf"))
    XCTAssertFalse(exists("notes/later/answers.pdf"))
  }

  func testTagsPastTheLimitAreCutWithAWarning() throws {
    let tags = (1...60).map { "t\($0)" }.joined(separator: ", ")
    try write("content/notes/tags.md", "---\ntitle: Теги\ntags: [\(tags)]\n---\nТекст.\n")
    let report = build()
    XCTAssertTrue(report.succeeded)
    XCTAssertTrue(
      messages(report).contains {
        $0.hasPrefix("content/notes/tags.md:3:7: warning: the page has 60 tags; only the first 50")
      }, "\(messages(report))")
    XCTAssertTrue(exists("tags/t50/index.html"))
    XCTAssertFalse(exists("tags/t51/index.html"))
  }

  func testUTF16AndKOI8RFilesAreDecodedWithAWarning() throws {
    let text = "---\ntitle: Кодировка\n---\nПривет, это русский текст.\n"
    try write("content/notes/w.md", try XCTUnwrap(text.data(using: .utf16)))
    let koi = TextDecoding.koi8rHigh
    try write(
      "content/notes/k.md",
      Data(
        text.unicodeScalars.map { scalar in
          scalar.value < 0x80
            ? UInt8(scalar.value) : UInt8(0x80 + koi.firstIndex(of: scalar.value)!)
        }))
    let report = build()
    XCTAssertTrue(report.succeeded, "\(messages(report))")
    let notes = messages(report)
    XCTAssertTrue(
      notes.contains { $0.hasPrefix("content/notes/w.md:1:1: warning: the file is in the UTF-16") })
    XCTAssertTrue(
      notes.contains { $0.hasPrefix("content/notes/k.md:1:1: warning: the file is in the KOI8-R") })
    let page = try XCTUnwrap(TestSupport.read("public/notes/k/index.html", in: site))
    XCTAssertTrue(page.contains("Привет, это русский текст."))
  }

  func testControlCharactersAreRemovedWithALocatedWarning() throws {
    try write("content/notes/c.md", "---\ntitle: Знаки\n---\nТекст\u{1}с\u{1B}знаками.\n")
    let report = build()
    XCTAssertEqual(
      messages(report).filter { $0.contains("control") },
      [
        "content/notes/c.md:4:6: warning: the text holds 2 invisible control characters (from"
          + " copying out of another program); they were removed: retype the text around here"
      ])
    let page = try XCTUnwrap(TestSupport.read("public/notes/c/index.html", in: site))
    XCTAssertTrue(page.contains("Текстсзнаками."))
  }
}
