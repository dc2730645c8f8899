import XCTest

/// One fixture site per class of mistake: the exact diagnostic and the exit status of the
/// real binary, and that nothing was written.
final class FixtureDiagnosticsTests: XCTestCase {
  private func assertBuild(
    _ fixture: String, status: Int32, diagnostics expected: [String],
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let site = try TestSupport.copy(fixture)
    defer { try? FileManager.default.removeItem(at: site) }
    let outcome = try TestSupport.run(["build", "--source", site.path])
    XCTAssertEqual(outcome.status, status, outcome.stderr, file: file, line: line)
    let lines = outcome.messages.split(separator: "\n").map(String.init).filter {
      $0.contains(": error: ") || $0.contains(": warning: ")
    }
    XCTAssertEqual(lines, expected, file: file, line: line)
    let wrote = FileManager.default.fileExists(
      atPath: site.appendingPathComponent("public/index.html").path)
    XCTAssertEqual(wrote, status == 0, "output written only on success", file: file, line: line)
    let check = try TestSupport.run(["check", "--source", site.path])
    XCTAssertEqual(check.status, status, file: file, line: line)
  }

  func testBrokenYAML() throws {
    try assertBuild(
      "broken-yaml", status: 1,
      diagnostics: [
        "content/lessons/drobi.md:2:8: error: unclosed double quote: add '\"' at the end of the value"
      ])
  }

  func testUnclosedFrontMatterNamesTheFile() throws {
    try assertBuild(
      "unclosed-front-matter", status: 1,
      diagnostics: [
        "content/about.md:1:1: error: unclosed front matter: add a line '---' after the last field"
      ])
  }

  func testWrongTypes() throws {
    try assertBuild(
      "wrong-type", status: 1,
      diagnostics: [
        "content/lessons/drobi.md:4:8: error: 'grade' must be a grade from 1 to 11, a list such as [5, 6] or a range such as 5-7, not '12'",
        "content/lessons/drobi.md:5:11: error: 'duration' must be a whole number from 1 to 1440, not 'сорок пять'",
      ])
  }

  func testUnknownAuthorSuggestsTheClosestID() throws {
    try assertBuild(
      "unknown-author", status: 1,
      diagnostics: [
        "content/lessons/drobi.md:3:9: error: 'ivanov-anna' in 'author' is not the id of any portfolio; did you mean 'ivanova-anna'?"
      ])
  }

  func testDuplicateURLNamesBothFiles() throws {
    try assertBuild(
      "duplicate-url", status: 1,
      diagnostics: [
        "content/lessons/slozhenie.md:3:7: error: the page's URL '/lessons/drobi/' is already used by content/lessons/drobi.md: give one of them another 'slug:' or file name"
      ])
  }

  func testBrokenLinkIsLocatedWithASuggestion() throws {
    try assertBuild(
      "broken-link", status: 1,
      diagnostics: [
        "content/lessons/drobi.md:6:16: error: the link '../lessons/umnozhenie.md' points to a page that does not exist (content/lessons/umnozhenie.md); did you mean '../lessons/umnozhenie-drobey.md'?"
      ])
  }

  func testBrokenAnchorSuggestsTheHeading() throws {
    try assertBuild(
      "broken-anchor", status: 1,
      diagnostics: [
        "content/lessons/drobi.md:6:13: error: the anchor '#khod-urok' does not exist in content/lessons/umnozhenie.md; did you mean '#khod-uroka'?"
      ])
  }

  func testBadSlug() throws {
    try assertBuild(
      "bad-slug", status: 1,
      diagnostics: [
        "content/about.md:3:7: error: 'slug' must use only a-z, 0-9 and single hyphens, not 'О нас!'; did you mean 'o-nas'?"
      ])
  }

  func testWindows1251IsConvertedWithAWarning() throws {
    try assertBuild(
      "windows-1251", status: 0,
      diagnostics: [
        "content/urok.md:1:1: warning: the file is in the Windows-1251 encoding, not UTF-8; it was converted, but re-save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)"
      ])
  }

  func testNULByte() throws {
    try assertBuild(
      "nul-byte", status: 1,
      diagnostics: [
        "content/urok.md:4:6: error: the file contains a NUL byte: it is binary or damaged; re-save it as plain UTF-8 text"
      ])
  }

  func testUsageErrorsExitTwo() throws {
    let bogus = try TestSupport.run(["--bogus"])
    XCTAssertEqual(bogus.status, 2)
    XCTAssertEqual(
      bogus.stderr,
      "pednet-build: unknown option '--bogus' for 'build'\nSee 'pednet-build --help'.\n")
    XCTAssertEqual(try TestSupport.run(["build", "--output"]).status, 2)
    XCTAssertEqual(try TestSupport.run(["frobnicate"]).status, 2)
    XCTAssertEqual(try TestSupport.run(["new", "lesson"]).status, 2)
    let help = try TestSupport.run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("pednet-build check"))
  }
}
