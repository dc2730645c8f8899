import XCTest

@testable import FrontMatter

final class FrontMatterErrorTests: XCTestCase {
  func testDescriptionIsLineColonColumnColonMessage() {
    let error = FrontMatterError(
      location: at(3, 14), message: "tabs are not allowed for indentation: use spaces")
    XCTAssertEqual(error.description, "3:14: tabs are not allowed for indentation: use spaces")
  }
}
