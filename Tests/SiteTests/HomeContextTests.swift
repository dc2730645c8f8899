import XCTest

/// The home page takes its title, description and intro from `content/_index.md`.
final class HomeContextTests: XCTestCase {
  private func build(index: String?) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-home-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let content = root.appendingPathComponent("content/lessons")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try "title: Название из site.yml\ndescription: Описание из site.yml\n".write(
      to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    try "---\ntitle: Урок\n---\nТекст.\n".write(
      to: content.appendingPathComponent("urok.md"), atomically: true, encoding: .utf8)
    if let index {
      try index.write(
        to: root.appendingPathComponent("content/_index.md"), atomically: true, encoding: .utf8)
    }
    let outcome = try TestSupport.run(["build", "--source", root.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    return TestSupport.read("public/index.html", in: root) ?? ""
  }

  func testTitleSummaryAndIntroComeFromTheIndexPage() throws {
    let home = try build(
      index: "---\ntitle: Сообщество учителей района\nsummary: Открытые уроки и семинары.\n---\n"
        + "Добро пожаловать!\n")
    XCTAssertTrue(home.contains("<h1>Сообщество учителей района</h1>"), home)
    XCTAssertTrue(home.contains("content=\"Открытые уроки и семинары.\""), home)
    XCTAssertTrue(home.contains("<p>Добро пожаловать!</p>"), home)
  }

  func testWithoutAnIndexPageTheSiteSettingsAreUsed() throws {
    let home = try build(index: nil)
    XCTAssertTrue(home.contains("<h1>Название из site.yml</h1>"), home)
    XCTAssertTrue(home.contains("content=\"Описание из site.yml\""), home)
  }

  func testAnUpcomingSeminarIsListedOnceAndAPastOneIsMarked() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pednet-home-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let seminars = root.appendingPathComponent("content/seminars")
    try FileManager.default.createDirectory(at: seminars, withIntermediateDirectories: true)
    try "title: Сайт\n".write(
      to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    try "---\ntitle: Будущий семинар\ndate: 2999-03-01\n---\nТекст.\n".write(
      to: seminars.appendingPathComponent("budushchiy.md"), atomically: true, encoding: .utf8)
    try "---\ntitle: Прошедший семинар\ndate: 2020-03-01\n---\nТекст.\n".write(
      to: seminars.appendingPathComponent("proshedshiy.md"), atomically: true, encoding: .utf8)
    let outcome = try TestSupport.run(["build", "--source", root.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let home = TestSupport.read("public/index.html", in: root) ?? ""
    XCTAssertEqual(home.components(separatedBy: ">Будущий семинар</a>").count - 1, 1, home)
    XCTAssertEqual(home.components(separatedBy: ">Прошедший семинар</a>").count - 1, 1, home)
    XCTAssertEqual(
      home.components(separatedBy: "<span class=\"badge badge-held\">Состоялся</span>").count - 1, 1
    )
    let past = TestSupport.read("public/seminars/proshedshiy/index.html", in: root) ?? ""
    XCTAssertTrue(past.contains("<span class=\"badge badge-held\">Состоялся</span>"))
  }
}
