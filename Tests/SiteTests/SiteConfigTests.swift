import XCTest

@testable import Site

/// `base_url`: what counts as a public address, and the path links start from.
final class SiteConfigTests: XCTestCase {
  func testBasePathIsThePathOfTheAddress() {
    var config = SiteConfig()
    XCTAssertEqual(config.basePath, "/")
    config.baseURL = "https://school.example.ru/"
    XCTAssertEqual(config.basePath, "/")
    config.baseURL = "https://teacher.github.io/pednet/"
    XCTAssertEqual(config.basePath, "/pednet/")
    config.baseURL = "http://127.0.0.1:8000/a/b/"
    XCTAssertEqual(config.basePath, "/a/b/")
  }

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
