import XCTest

@testable import Mustache

/// Memo slots shared across the templates of a set, and block ids, must give what a search
/// without the memo gives.
final class NameTableTests: XCTestCase {
  func testANameGetsOneSlotInEveryTemplate() throws {
    var table = NameTable()
    let nodes = try Compiler.compile(
      "{{a.b}}{{a}}{{c}}", file: "f", resolve: Compiler.resolver(names: [:], strict: false))
    let first = ProgramBuilder.program(nodes, table: &table, memoized: true)
    let second = ProgramBuilder.program(nodes, table: &table, memoized: true)
    XCTAssertEqual(first.names.map(\.slot), second.names.map(\.slot))
    XCTAssertEqual(first.names[0].headSlot, first.names[1].slot)
    XCTAssertEqual(table.slotCount, 3)
    XCTAssertEqual(ProgramBuilder.program(nodes).names.map(\.slot), [-1, -1, -1])
  }

  func testAPartialSeesItsOwnLevelsNotTheAnswerOfTheCaller() throws {
    let context: TemplateValue = ["x": 0, "a": ["x": 1, "y": ["z": 2]], "y": ["z": 3]]
    XCTAssertEqual(
      try render(
        "{{x}}{{y.z}}{{#a}}{{>p}}{{/a}}{{>p}}", context, partials: ["p": "{{x}}{{y.z}}"]),
      "03" + "12" + "03")
  }

  func testBlocksGivenByALambdaResultMatchByName() throws {
    let context: TemplateValue = [
      "l": .lambda(TemplateLambda { _ in "{{<p}}{{$new}}given{{/new}}{{/p}}" }),
      "m": .lambda(TemplateLambda { _ in "{{$new}}default{{/new}}" }),
    ]
    XCTAssertEqual(
      try render("{{#l}}{{/l}}", context, partials: ["p": "[{{#m}}{{/m}}]"]), "[given]")
  }

  /// Random templates rendered from the set (with the memo) and as a lambda's result (whose
  /// program has no memo slots), the partial's text put in place of its tag.
  func testMemoizedLookupsMatchLookupsWithoutTheMemo() throws {
    let values = ["{{x}}", "{{a.x}}", "{{b.x}}", "{{a.b.x}}", "{{.}}", "|"]
    let sections = ["a", "b", "list", "x", "a.b", "b.a"]
    let context: TemplateValue = [
      "x": 0, "a": ["x": 1, "b": ["x": 2]], "b": ["x": 3, "a": ["x": 4]],
      "list": [["x": 5], ["a": ["x": 6]], ["b": ["a": ["b": ["x": 7]]]], 8, ["y": 9]],
    ]
    var seed: UInt64 = 11
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33) % bound
    }
    /// Up to `count` pieces, sections nested up to `depth` deep.
    func randomText(_ count: Int, depth: Int, partials: Bool) -> String {
      (0..<next(count)).map { _ in
        switch next(8) {
        case 0 where partials: return "{{>p}}"
        case 1 where depth > 0, 2 where depth > 0:
          let name = sections[next(sections.count)]
          let open = next(4) == 0 ? "^" : "#"
          let body = randomText(5, depth: depth - 1, partials: partials)
          return "{{\(open)\(name)}}\(body){{/\(name)}}"
        default: return values[next(values.count)]
        }
      }.joined()
    }
    var compared = 0
    for _ in 0..<3000 {
      let partial = randomText(6, depth: 2, partials: false)
      let template = randomText(8, depth: 3, partials: true)
      let inlined = template.replacingOccurrences(of: "{{>p}}", with: partial)
      guard let direct = try? render(template, context, partials: ["p": partial]) else {
        continue
      }
      var viaLambda = context
      if case .dictionary(var map) = viaLambda {
        map["l"] = .lambda(TemplateLambda { _ in inlined })
        viaLambda = .dictionary(map)
      }
      guard let reference = try? render("{{#l}}{{/l}}", viaLambda) else { continue }
      XCTAssertEqual(direct, reference, "template \(template), partial \(partial)")
      compared += 1
    }
    XCTAssertEqual(compared, 3000)
  }
}
