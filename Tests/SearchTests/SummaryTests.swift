import XCTest

@testable import Search

final class SummaryTests: XCTestCase {
  func testShortTextIsKeptWithSpacesCollapsed() {
    XCTAssertEqual(Summary.shortened("  Урок\n\nо   дробях\t"), "Урок о дробях")
    XCTAssertEqual(Summary.shortened(""), "")
  }

  func testLongTextIsCutAtAWordBoundaryWithEllipsis() {
    let text = Array(repeating: "дробь", count: 60).joined(separator: ", ")  // 418 characters
    let summary = Summary.shortened(text)
    // 28 × "дробь, " fit in 199 characters; the last space and comma go, "…" is added.
    XCTAssertEqual(summary.unicodeScalars.count, 195)
    XCTAssertTrue(summary.hasSuffix("дробь…"))
    XCTAssertTrue(summary.hasPrefix("дробь, дробь"))
  }

  func testTextOfExactly200CharactersIsKept() {
    let text = String(repeating: "я", count: 200)
    XCTAssertEqual(Summary.shortened(text), text)
  }

  func testOneLongWordIsCutInside() {
    let summary = Summary.shortened(String(repeating: "ж", count: 500))
    XCTAssertEqual(summary, String(repeating: "ж", count: 199) + "…")
  }

  /// The first implementation, appending to a `String.UnicodeScalarView`: the reference the
  /// faster one must agree with.
  private func referenceShortened(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    var count = 0
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        kept.append(" ")
        count += 1
        pendingSpace = false
      }
      kept.append(scalar)
      count += 1
      if count > Summary.maximumLength { break }
    }
    guard count > Summary.maximumLength else { return String(kept) }
    var cut = Array(kept.prefix(Summary.maximumLength - 1))
    if let space = cut.lastIndex(of: " "), space >= Summary.maximumLength / 2 {
      cut.removeSubrange(space...)
    }
    while let last = cut.last, isSpace(last) || "-–—,;:(".unicodeScalars.contains(last) {
      cut.removeLast()
    }
    var result = String.UnicodeScalarView(cut)
    result.append("…")
    return String(result)
  }

  /// White space as the first implementation saw it.
  private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }
    switch scalar.value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  func testAgreesWithTheReferenceOnRandomText() {
    let pieces = [
      "урок", "дробь", "a", "Σ", "😀", "e\u{301}", " ", "  ", "\n", "\t", "\u{A0}", "\u{2009}",
      "\u{3000}",
      "\u{85}", "-", "—", "–", ",", ";", ":", "(", "…", "\r\n",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...150)).map { _ in pieces.randomElement()! }.joined()
      XCTAssertEqual(Summary.shortened(text), referenceShortened(text), text)
    }
  }
}
