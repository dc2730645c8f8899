import XCTest

@testable import Markdown

/// The TeX subset school and olympiad material uses, read into a tree; problems located.
final class TeXParserTests: XCTestCase {
  private func tree(_ tex: String) throws -> MathNode { try TeXParser.parse(tex) }

  private func problem(_ tex: String) -> MathError? {
    do throws(MathError) {
      _ = try TeXParser.parse(tex)
      return nil
    } catch {
      return error
    }
  }

  func testLettersNumbersAndSigns() throws {
    XCTAssertEqual(
      try tree("2x-3.5=y"),
      .row([.number("2"), .identifier("x"), .op("−"), .number("3.5"), .op("="), .identifier("y")]))
    XCTAssertEqual(
      try tree("\\alpha\\le\\Omega"), .row([.identifier("α"), .op("≤"), .identifier("Ω")]))
  }

  func testRelationsAndGeometry() throws {
    let symbols =
      "\\ge \\ne \\approx \\in \\notin \\subset \\cup \\cap \\perp \\parallel \\angle \\triangle"
    XCTAssertEqual(
      try tree(symbols),
      .row(["≥", "≠", "≈", "∈", "∉", "⊂", "∪", "∩", "⊥", "∥", "∠", "△"].map { .op($0) }))
    XCTAssertEqual(try tree("\\infty"), .identifier("∞"))
  }

  func testFractionsRootsAndBinomials() throws {
    XCTAssertEqual(
      try tree("\\frac{a}{b}"), .fraction(.identifier("a"), .identifier("b"), line: true))
    XCTAssertEqual(try tree("\\dfrac12"), .fraction(.number("1"), .number("2"), line: true))
    XCTAssertEqual(try tree("\\sqrt{2}"), .root(.number("2"), degree: nil))
    XCTAssertEqual(try tree("\\sqrt[3]{x}"), .root(.identifier("x"), degree: .number("3")))
    XCTAssertEqual(
      try tree("\\binom{n}{k}"),
      .fenced(open: "(", close: ")", .fraction(.identifier("n"), .identifier("k"), line: false)))
  }

  func testScriptsAndPrimes() throws {
    XCTAssertEqual(
      try tree("x_1^2"),
      .scripts(.identifier("x"), sub: .number("1"), sup: .number("2"), limits: false))
    XCTAssertEqual(
      try tree("a^{10}"), .scripts(.identifier("a"), sub: nil, sup: .number("10"), limits: false))
    XCTAssertEqual(
      try tree("x^23"),
      .row([.scripts(.identifier("x"), sub: nil, sup: .number("2"), limits: false), .number("3")]))
    XCTAssertEqual(
      try tree("f'"), .scripts(.identifier("f"), sub: nil, sup: .op("′"), limits: false))
    XCTAssertEqual(
      try tree("90^\\circ"), .scripts(.number("90"), sub: nil, sup: .op("∘"), limits: false))
  }

  func testLargeOperatorsAndLimits() throws {
    XCTAssertEqual(
      try tree("\\sum_{i=1}^n"),
      .scripts(
        .op("∑", kind: .large), sub: .row([.identifier("i"), .op("="), .number("1")]),
        sup: .identifier("n"), limits: true))
    XCTAssertEqual(
      try tree("\\int_0^1"),
      .scripts(.op("∫", kind: .large), sub: .number("0"), sup: .number("1"), limits: false))
    XCTAssertEqual(
      try tree("\\lim_{n\\to\\infty}"),
      .scripts(
        .identifier("lim", normal: true),
        sub: .row([.identifier("n"), .op("→"), .identifier("∞")]),
        sup: nil, limits: true))
    XCTAssertEqual(
      try tree("\\prod\\limits_k"),
      .scripts(.op("∏", kind: .large), sub: .identifier("k"), sup: nil, limits: true))
    XCTAssertEqual(try tree("\\sin x"), .row([.identifier("sin", normal: true), .identifier("x")]))
  }

  func testTextFencesAndAccents() throws {
    XCTAssertEqual(try tree("\\text{при }x"), .row([.text("при "), .identifier("x")]))
    XCTAssertEqual(
      try tree("\\left( x \\right]"), .fenced(open: "(", close: "]", .row([.identifier("x")])))
    XCTAssertEqual(
      try tree("\\left. x \\right|"), .fenced(open: "", close: "|", .row([.identifier("x")])))
    XCTAssertEqual(
      try tree("\\overline{AB}"),
      .accent(.row([.identifier("A"), .identifier("B")]), mark: "¯", under: false))
    XCTAssertEqual(try tree("\\vec a"), .accent(.identifier("a"), mark: "→", under: false))
    XCTAssertEqual(try tree("\\hat{x}"), .accent(.identifier("x"), mark: "^", under: false))
  }

  func testModuloBlackboardAndSpaces() throws {
    XCTAssertEqual(
      try tree("\\pmod{7}"),
      .row([
        .space(0.4444), .op("(", kind: .fence), .identifier("mod", normal: true), .space(0.3333),
        .number("7"), .op(")", kind: .fence),
      ]))
    XCTAssertEqual(try tree("\\mathbb{R}"), .identifier("ℝ"))
    XCTAssertEqual(try tree("\\mathbb N"), .identifier("ℕ"))
    XCTAssertEqual(
      try tree("a\\,b\\quad c\\!d"),
      .row([
        .identifier("a"), .space(0.1667), .identifier("b"), .space(1), .identifier("c"),
        .space(-0.1667),
        .identifier("d"),
      ]))
    XCTAssertEqual(try tree("\\not="), .op("≠"))
  }

  func testEnvironments() throws {
    XCTAssertEqual(
      try tree("\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"),
      .fenced(
        open: "(", close: ")",
        .table(
          [[.number("1"), .number("0")], [.number("0"), .number("1")]], alignment: ["center"])))
    XCTAssertEqual(
      try tree("\\begin{cases} x, & x \\ge 0 \\\\ -x \\end{cases}"),
      .fenced(
        open: "{", close: "",
        .table(
          [
            [
              .row([.identifier("x"), .op(",")]), .row([.identifier("x"), .op("≥"), .number("0")]),
            ],
            [.row([.op("−"), .identifier("x")])],
          ],
          alignment: ["left", "left"])))
    XCTAssertEqual(
      try tree("\\begin{aligned} a &= b \\\\ &= c \\\\ \\end{aligned}"),
      .table(
        [
          [.identifier("a"), .row([.op("="), .identifier("b")])],
          [.row([]), .row([.op("="), .identifier("c")])],
        ],
        alignment: ["right", "left"]))
    XCTAssertEqual(
      try tree("\\begin{array}{lr} a & b \\end{array}"),
      .table([[.identifier("a"), .identifier("b")]], alignment: ["left", "right"]))
    XCTAssertEqual(
      try tree("\\begin{matrix} a \\end{matrix}"),
      .table([[.identifier("a")]], alignment: ["center"]))
  }

  func testProblemsAreLocated() {
    XCTAssertEqual(problem("x+\\foo{y}")?.offset, 2)
    XCTAssertTrue(problem("x+\\foo{y}")?.message.contains("unknown command '\\foo'") ?? false)
    XCTAssertEqual(problem("\\frac{a}{b")?.message, "'{' is not closed: add '}'")
    XCTAssertEqual(problem("a}")?.offset, 1)
    XCTAssertTrue(problem("\\left( x")?.message.contains("has no '\\right'") ?? false)
    XCTAssertTrue(
      problem("\\begin{cases} x \\end{matrix}")?.message.contains("make them the same") ?? false)
    XCTAssertTrue(
      problem("\\begin{tikz} x \\end{tikz}")?.message.contains("unknown environment") ?? false)
    XCTAssertTrue(problem("\\begin{cases} x")?.message.contains("has no '\\end'") ?? false)
    XCTAssertTrue(problem("x^")?.message.contains("nothing after it") ?? false)
    XCTAssertTrue(problem("x^a^b")?.message.contains("double superscript") ?? false)
    XCTAssertTrue(problem("x_a_b")?.message.contains("double subscript") ?? false)
    XCTAssertTrue(problem("a & b")?.message.contains("only used inside") ?? false)
    XCTAssertTrue(problem("\\sqrt[3{x}")?.message.contains("'[' is not closed") ?? false)
    XCTAssertTrue(problem("\\left")?.message.contains("needs a bracket") ?? false)
    XCTAssertNil(problem("\\frac{1}{2}"))
  }

  func testPlainText() throws {
    XCTAssertEqual(try tree("x^2+\\text{где } y").plainText, "x2+ где y")
    XCTAssertEqual(try tree("\\frac{a}{b}").plainText, "a/b")
  }
}
