import XCTest

@testable import Mustache

final class VariableCollectorTests: XCTestCase {
  func testNamesFollowPartialsParentsAndBlocks() throws {
    let set = try TemplateSet(
      templates: [
        "page": "{{<base}}{{$main}}{{#cards}}{{> card}}{{/cards}}{{/main}}{{/base}}",
        "base": "<title>{{$title}}{{site.title}}{{/title}}</title>{{$main}}{{/main}}{{{footer}}}",
        "card": "{{title}}{{#tags}}{{.}}{{/tags}}{{^summary}}-{{/summary}}{{>*kind}}{{>card}}",
        "lesson": "{{lesson.grade}}",
      ])
    XCTAssertEqual(
      set.variableNames(in: "page"),
      ["cards", "title", "tags", "summary", "kind", "site.title", "footer"])
    XCTAssertEqual(set.variableNames(in: "lesson"), ["lesson.grade"])
    XCTAssertEqual(set.variableNames(in: "missing"), [])
  }

  func testUsesHavePlacesAndSections() throws {
    let set = try TemplateSet(
      sources: [
        "t": (
          text:
            "{{title}}\n{{#cards}}\n  <a>{{url}}</a>{{^tags}}{{none}}{{/tags}}\n{{/cards}}\n{{.}}",
          file: "t.mustache"
        )
      ])
    XCTAssertEqual(
      set.variableUses(in: "t"),
      [
        TemplateVariableUse(name: "title", file: "t.mustache", line: 1, column: 1, sections: []),
        TemplateVariableUse(name: "cards", file: "t.mustache", line: 2, column: 1, sections: []),
        TemplateVariableUse(
          name: "url", file: "t.mustache", line: 3, column: 6, sections: ["cards"]),
        TemplateVariableUse(
          name: "tags", file: "t.mustache", line: 3, column: 17, sections: ["cards"]),
        TemplateVariableUse(
          name: "none", file: "t.mustache", line: 3, column: 26, sections: ["cards", "tags"]),
      ])
  }

  func testUsesInsideParentsAndDynamicNames() throws {
    let set = try TemplateSet(
      templates: [
        "t": "{{<base}}{{$b}}{{x}}{{/b}}{{$a}}{{y}}{{/a}}{{/base}}{{>*kind}}", "base": "",
      ])
    XCTAssertEqual(set.variableUses(in: "t").map(\.name), ["y", "x", "kind"])
  }
}
