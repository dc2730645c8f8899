import XCTest

@testable import Site

/// Drafts and future-dated pages are named by `check` and `build`, never only counted.
final class LeftOutPageTests: XCTestCase {
  private func site() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-leftout-\(UUID().uuidString)")
    let lessons = root.appendingPathComponent("content/lessons")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    try "title: Сайт\n".write(
      to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    let pages = [
      "gotov.md": "---\ntitle: Готов\n---\nТекст.\n",
      "chernovik.md": "---\ntitle: Черновик\ndraft: true\n---\nТекст.\n",
      "budushchiy.md": "---\ntitle: Будущий\ndate: 2999-09-01\n---\nТекст.\n",
    ]
    for (name, text) in pages {
      try text.write(to: lessons.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return root
  }

  private let expected = [
    "2 pages left out of the site (pednet-build serve and build --drafts show them):",
    "  content/lessons/budushchiy.md: dated 2999-09-01, which is after today; it appears on the site from that day on (check the year if it should be there now)",
    "  content/lessons/chernovik.md: a draft (draft: true); to publish it, remove that line or write draft: false",
  ]

  func testCheckAndBuildNameEachPageLeftOut() throws {
    let root = try site()
    defer { try? FileManager.default.removeItem(at: root) }
    for command in ["check", "build"] {
      let outcome = try TestSupport.run([command, "--source", root.path])
      XCTAssertEqual(outcome.status, 0, outcome.stderr)
      let lines = outcome.stdout.split(separator: "\n").map(String.init)
      let start = try XCTUnwrap(lines.firstIndex(of: expected[0]), outcome.stdout)
      XCTAssertEqual(Array(lines[start..<min(start + 3, lines.count)]), expected, command)
    }
    let drafts = try TestSupport.run(["check", "--source", root.path, "--drafts"])
    XCTAssertFalse(drafts.stdout.contains("left out"), drafts.stdout)
  }

  func testAPreviewMarksEachUnpublishedPage() throws {
    let root = try site()
    defer { try? FileManager.default.removeItem(at: root) }
    let outcome = try TestSupport.run(["build", "--source", root.path, "--drafts"])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let draft = TestSupport.read("public/lessons/chernovik/index.html", in: root) ?? ""
    XCTAssertTrue(
      draft.contains(
        "<p class=\"unpublished\" role=\"note\">Черновик: на опубликованном сайте этой страницы нет"
      ),
      draft)
    let future = TestSupport.read("public/lessons/budushchiy/index.html", in: root) ?? ""
    XCTAssertTrue(
      future.contains("на опубликованном сайте она появится 1 сентября 2999 г."), future)
    let ready = TestSupport.read("public/lessons/gotov/index.html", in: root) ?? ""
    XCTAssertFalse(ready.contains("unpublished"))
  }

  func testLinesSayWhyAndWhatToDo() {
    XCTAssertEqual(
      LeftOutPage(path: "content/a.md", reason: .draft).line,
      "content/a.md: a draft (draft: true); to publish it, remove that line or write draft: false")
    XCTAssertEqual(
      LeftOutPage.heading(count: 1),
      "1 page left out of the site (pednet-build serve and build --drafts show them):")
  }
}
