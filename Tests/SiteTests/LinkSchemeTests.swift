import XCTest

@testable import Site

/// Issue 15: links with a scheme no browser opens are reported, not left dead in silence.
final class LinkSchemeTests: XCTestCase {
  func testKnownSchemesAreFine() {
    for address in ["https://x.ru", "mailto:a@b.ru", "tel:+70000000000", "HTTP://X.RU"] {
      XCTAssertNil(LinkScheme.problem(with: address, isImage: false), address)
    }
  }

  func testUnknownSchemeWindowsPathAndScriptAreExplained() {
    XCTAssertEqual(
      LinkScheme.problem(with: "mdn:Web/CSS", isImage: false),
      "the link 'mdn:Web/CSS' starts with 'mdn:', which browsers do not open, so it would lead"
        + " nowhere; write a full address (https://…) or a path to a file of the site; the link"
        + " is shown as text")
    XCTAssertEqual(
      LinkScheme.problem(with: "C:/Users/Анна/фото.jpg", isImage: true),
      "the image 'C:/Users/Анна/фото.jpg' points to a file on your own computer, which readers"
        + " of the site cannot open; copy the file next to the page and link it by its name; the"
        + " image is shown as text")
    XCTAssertEqual(
      LinkScheme.problem(with: "javascript:alert(1)", isImage: false),
      "the link 'javascript:alert(1)' was removed: 'javascript:' addresses can run code or read"
        + " the reader's files; link to a web page instead; the link is shown as text")
  }

  /// Issue 19: `data:text/html,…` became `href=""` in silence.
  func testDataAddressesOtherThanPicturesAreExplained() {
    XCTAssertEqual(
      LinkScheme.problem(with: "data:text/html,<script>", isImage: false),
      "the link 'data:text/html,<script>' was removed: 'data:' addresses other than PNG, GIF,"
        + " JPEG or WebP pictures can run code; link to a web page instead; the link is shown as"
        + " text")
    XCTAssertNil(LinkScheme.problem(with: "data:image/png;base64,AAAA", isImage: true))
  }
}
