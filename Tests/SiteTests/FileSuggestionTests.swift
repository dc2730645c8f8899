import XCTest

@testable import Site

/// Issue 15: "did you mean" for a missing file compares file names, same extension first,
/// then the same folder, writes the path as the author would, and stays silent otherwise.
final class FileSuggestionTests: XCTestCase {
  func testSameExtensionTyposFirstThenWordPrefixThenOtherExtension() {
    let files = [
      "a/safari.png", "a/chrome.png", "b/chorme.webp", "a/plan-uroka.docx", "a/foto.jpg",
    ]
    XCTAssertEqual(FileSuggestion.closest(to: "a/chrome.webp", in: files), "b/chorme.webp")
    XCTAssertEqual(FileSuggestion.closest(to: "a/plan.docx", in: files), "a/plan-uroka.docx")
    XCTAssertEqual(FileSuggestion.closest(to: "a/foto.jpeg", in: files), "a/foto.jpg")
    XCTAssertNil(FileSuggestion.closest(to: "a/firefox.webp", in: files))
    XCTAssertNil(FileSuggestion.closest(to: "c/chrome.webp", in: ["a/safari.png"]))
  }

  func testTheSameFolderWinsATie() {
    let files = ["x/foto1.png", "lessons/foto1.png"]
    XCTAssertEqual(FileSuggestion.closest(to: "lessons/foto.png", in: files), "lessons/foto1.png")
  }

  func testPathIsWrittenAsTheAuthorWouldWriteIt() {
    XCTAssertEqual(
      FileSuggestion.written(
        "lessons/umnozhenie-drobey.md", missing: "lessons/umnozhenie.md",
        destination: "../lessons/umnozhenie.md", from: "lessons"),
      "../lessons/umnozhenie-drobey.md")
    XCTAssertEqual(
      FileSuggestion.written(
        "lessons/opyt/foto.png", missing: "lessons/foto.png", destination: "foto.png#x",
        from: "lessons"),
      "opyt/foto.png")
    XCTAssertEqual(FileSuggestion.relative("a/b/c.png", from: "a/d/e"), "../../b/c.png")
    XCTAssertEqual(FileSuggestion.relative("c.png", from: ""), "c.png")
  }
}
