import XCTest

@testable import Site

/// `base_url`: what counts as a public address.
final class SiteConfigTests: XCTestCase {
  func testOnlyFullWebAddressesAreAccepted() {
    for good in ["", "https://school.example.ru/", "http://school.example.ru/pednet"] {
      XCTAssertNil(SiteConfig.baseURLProblem(good), good)
    }
    for bad in [
      "school.example.ru", "ftp://school.example.ru/", "https://", "https:///pednet/",
      "https://x.ru/?a=1", "https://x.ru/#top", "https://x.ru/my site/",
    ] {
      XCTAssertNotNil(SiteConfig.baseURLProblem(bad), bad)
    }
  }
}
