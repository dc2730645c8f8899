import XCTest

@testable import Markdown

/// Issue 15: a `#anchor` in the form GitHub or GitLab gives a heading works on the site too.
final class HostAnchorsTests: XCTestCase {
  func testGitHubSlugKeepsLettersDigitsDashesAndTurnsEachSpaceIntoADash() {
    XCTAssertEqual(HostAnchors.gitHubSlug("Ход урока"), "ход-урока")
    XCTAssertEqual(HostAnchors.gitHubSlug("Цели: «обучающие»!"), "цели-обучающие")
    XCTAssertEqual(HostAnchors.gitHubSlug("А - Б"), "а---б")
    XCTAssertEqual(HostAnchors.gitHubSlug("Этап 1. Орг_момент"), "этап-1-орг_момент")
    XCTAssertEqual(HostAnchors.gitHubSlug("Қазақ тілі"), "қазақ-тілі")
  }

  func testGitLabSlugSqueezesDashes() {
    XCTAssertEqual(HostAnchors.gitLabSlug("А - Б"), "а-б")
    XCTAssertEqual(HostAnchors.gitLabSlug(" Ход урока "), "ход-урока")
  }

  func testAliasesComeFromTheTextAsWrittenNotTheTypography() {
    // Russian typography makes " -- " an em dash; GitHub slugs the written "--".
    let document = Document(
      markdown: "## А -- Б\n\n## А -- Б\n",
      options: MarkdownOptions(slugify: HeadingIDsTests.transliterate))
    XCTAssertEqual(document.outline.map(\.text), ["А\u{A0}— Б", "А\u{A0}— Б"])
    XCTAssertEqual(document.outline.map(\.aliases), [["а----б", "а-б"], ["а----б-1", "а-б-1"]])
    XCTAssertTrue(document.outline[1].answers(to: "a-b-1"))
    XCTAssertTrue(document.outline[1].answers(to: "а-б-1"))
  }

  func testAnAliasEqualToAnIDIsLeftOut() {
    let document = Document(markdown: "## Intro\n\n## Ход урока\n", options: MarkdownOptions())
    XCTAssertEqual(document.outline.map(\.aliases), [[], []])
  }
}
