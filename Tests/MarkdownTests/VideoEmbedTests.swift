import XCTest

@testable import Markdown

/// Issue 15: a link alone on a line to a YouTube, RuTube or VK Video video, or a pasted
/// `<iframe>` of those hosts, becomes a click-to-load embed with no third-party request.
final class VideoEmbedTests: XCTestCase {
  func testAddressesOfEachHost() {
    let cases: [(String, String, String)] = [
      (
        "https://youtu.be/dQw4w9WgXcQ?t=90", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90"
      ),
      (
        "https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
      ),
      (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90"
      ),
      (
        "https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/",
        "https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/",
        "https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4?autoplay=1"
      ),
      (
        "https://vk.com/video-22822305_456241864", "https://vk.com/video-22822305_456241864",
        "https://vk.com/video_ext.php?oid=-22822305&id=456241864&autoplay=1"
      ),
      (
        "https://vkvideo.ru/video-22822305_456241864",
        "https://vkvideo.ru/video-22822305_456241864",
        "https://vkvideo.ru/video_ext.php?oid=-22822305&id=456241864&autoplay=1"
      ),
      (
        "https://vk.com/club1?z=video-22822305_456241864%2Fpl_cat_updates",
        "https://vk.com/video-22822305_456241864",
        "https://vk.com/video_ext.php?oid=-22822305&id=456241864&autoplay=1"
      ),
    ]
    for (address, page, player) in cases {
      let embed = VideoEmbed.from(address)
      XCTAssertEqual(embed?.page, page, address)
      XCTAssertEqual(embed?.player, player, address)
      XCTAssertEqual(embed?.title, address)
    }
  }

  func testOtherAddressesAreNotVideos() {
    for address in [
      "https://www.youtube.com/", "https://www.youtube.com/watch?v=short", "https://rutube.ru/",
      "https://vk.com/id1", "https://example.com/watch?v=dQw4w9WgXcQ", "ftp://youtu.be/dQw4w9WgXcQ",
      "https://vk.com/video_ext.php?oid=x&id=1",
    ] {
      XCTAssertNil(VideoEmbed.from(address), address)
    }
  }

  func testLinkAloneInAParagraphBecomesAnEmbed() {
    let document = Document(
      markdown:
        "Опыт:\n\n[Опыт с водой](https://youtu.be/dQw4w9WgXcQ)\n\nhttps://youtu.be/dQw4w9WgXcQ и текст\n"
    )
    XCTAssertEqual(
      document.renderHTML(),
      "<p>Опыт:</p>\n<div class=\"video-embed\" data-video-host=\"YouTube\""
        + " data-video-player=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\">"
        + "<a class=\"video-embed-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
        + "Опыт с водой</a> <span class=\"video-embed-host\">(YouTube)</span></div>\n"
        + "<p><a href=\"https://youtu.be/dQw4w9WgXcQ\">https://youtu.be/dQw4w9WgXcQ</a> и текст</p>\n"
    )
    XCTAssertTrue(document.hasVideoEmbeds)
    XCTAssertEqual(document.warnings, [])
  }

  func testPastedIframeBecomesAnEmbedEvenWithHTMLAllowed() {
    let iframe =
      "<iframe width=\"720\" height=\"405\" src=\"https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4\""
      + " frameBorder=\"0\" allow=\"clipboard-write; autoplay\" allowFullScreen></iframe>\n"
    for policy in [RawHTMLPolicy.drop, .allow] {
      let document = Document(markdown: iframe, options: MarkdownOptions(rawHTML: policy))
      XCTAssertEqual(
        document.renderHTML(),
        "<div class=\"video-embed\" data-video-host=\"RuTube\""
          + " data-video-player=\"https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4?autoplay=1\">"
          + "<a class=\"video-embed-link\" href=\"https://rutube.ru/video/c6cc4d620b1d4338901770a44b3e82f4/\">"
          + "https://rutube.ru/play/embed/c6cc4d620b1d4338901770a44b3e82f4</a>"
          + " <span class=\"video-embed-host\">(RuTube)</span></div>\n")
      XCTAssertEqual(document.warnings, [])
    }
  }
}
