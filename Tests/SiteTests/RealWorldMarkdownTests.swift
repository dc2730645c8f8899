import XCTest

/// Issue 15 end to end: a site imported with `broken_links: warning` builds; every loss is a
/// located warning; links that lead nowhere are shown as text and counted; spaces in file
/// names, `{#id}`, the repository host's anchors and video embeds work.
final class RealWorldMarkdownTests: XCTestCase {
  private func build() throws -> (site: URL, outcome: TestSupport.Outcome) {
    let site = try TestSupport.copy("real-world")
    return (site, try TestSupport.run(["build", "--source", site.path]))
  }

  private func html(_ site: URL, _ path: String) throws -> String {
    try String(contentsOf: site.appendingPathComponent("public/" + path), encoding: .utf8)
  }

  func testEveryLossIsALocatedWarningAndTheSiteBuilds() throws {
    let (site, outcome) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let lines = outcome.messages.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines,
      [
        "content/lessons/opyt/index.md:7:1: warning: the address 'Фото с урока.png' has spaces, which Markdown does not allow in a link; it was read as an image anyway, but write it in angle brackets so that every Markdown viewer shows it: (<Фото с урока.png>)",
        "content/lessons/opyt/index.md:15:1: warning: the HTML tag <iframe> was left out of the page (HTML is not allowed in this site's Markdown); only videos from YouTube, RuTube and VK Video can be embedded; put a link to the page instead",
        "content/lessons/opyt/index.md:17:5: warning: the link 'info:gimp' starts with 'info:', which browsers do not open, so it would lead nowhere; write a full address (https://…) or a path to a file of the site; the link is shown as text",
        "content/lessons/opyt/index.md:17:27: warning: the link 'пустую ссылку' has no address, so it leads nowhere; write the address between the round brackets, [текст](адрес), or remove the brackets; it is shown as text",
        "content/lessons/opyt/index.md:21:6: warning: the link 'chrome.webp' points to a file that does not exist (content/lessons/opyt/chrome.webp) and is shown as text",
        "content/lessons/plan.md:6:31: warning: the anchor '#netu' does not exist in content/lessons/opyt/index.md, so the link is shown as text; its headings are '#khod-uroka', '#itogi'",
        "content/lessons/plan.md:6:65: warning: the link 'opyt/indx.md' points to a page that does not exist (content/lessons/opyt/indx.md) and is shown as text; did you mean 'opyt/index.md'?",
      ])
    XCTAssertTrue(outcome.stdout.contains("3 broken links shown as text"), outcome.stdout)
  }

  func testLinksThatLeadNowhereAreText() throws {
    let (site, _) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    let lesson = try html(site, "lessons/opyt/index.html")
    XCTAssertTrue(
      lesson.contains(
        "<p>См. справку, пустую ссылку и <a href=\"../../lessons/plan/index.html\">план</a>.</p>"))
    XCTAssertTrue(lesson.contains("<p>Фото в папке.</p>"))
    let plan = try html(site, "lessons/plan/index.html")
    XCTAssertTrue(
      plan.contains(
        "<a href=\"../../lessons/opyt/index.html#itogi\">итоги</a>, нет такого, страница.</p>"))
  }

  func testSpacesHostAnchorsWrittenIDsAndEmbedsWork() throws {
    let (site, _) = try build()
    defer { try? FileManager.default.removeItem(at: site) }
    let lesson = try html(site, "lessons/opyt/index.html")
    XCTAssertTrue(
      lesson.contains(
        "<img src=\"../../lessons/opyt/%D0%A4%D0%BE%D1%82%D0%BE%20%D1%81%20%D1%83%D1%80%D0%BE%D0%BA%D0%B0.png\" alt=\"Фото с урока\" />"
      ))
    XCTAssertTrue(
      lesson.contains("<h2 id=\"khod-uroka\"><span id=\"ход-урока\"></span>Ход урока</h2>"))
    XCTAssertTrue(lesson.contains("<h2 id=\"itogi\"><span id=\"итоги-itogi\"></span>Итоги</h2>"))
    XCTAssertTrue(
      lesson.contains(
        "<div class=\"video-embed\" data-video-host=\"YouTube\" data-video-player=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\"><a class=\"video-embed-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a> <span class=\"video-embed-host\">(YouTube)</span></div>"
      ))
    XCTAssertTrue(
      lesson.contains("href=\"https://vk.com/video-22822305_456241864\">Запись урока</a>"))
    XCTAssertTrue(
      lesson.contains("<script src=\"../../video.js\" data-play=\"Смотреть видео\" defer></script>")
    )
    XCTAssertFalse(lesson.contains("<iframe"), "no third-party request before a click")
    XCTAssertFalse(try html(site, "lessons/plan/index.html").contains("video.js"))
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: site.appendingPathComponent("public/video.js").path))
  }

  func testBrokenLinksStopTheBuildByDefault() throws {
    let site = try TestSupport.copy("real-world")
    defer { try? FileManager.default.removeItem(at: site) }
    try "title: \"Импорт\"\n".write(
      to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    let outcome = try TestSupport.run(["build", "--source", site.path])
    XCTAssertEqual(outcome.status, 1)
    XCTAssertTrue(
      outcome.stderr.contains(
        "content/lessons/plan.md:6:65: error: the link 'opyt/indx.md' points to a page that does not exist (content/lessons/opyt/indx.md); did you mean 'opyt/index.md'?"
      ),
      outcome.stderr)
  }
}
