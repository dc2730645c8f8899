import XCTest

@testable import Mustache

final class RendererTests: XCTestCase {
  func testEscapingReplacesTheFiveCharacters() throws {
    let context: TemplateValue = ["v": "<a href=\"x\">Tom & Jerry's</a>"]
    XCTAssertEqual(
      try render("{{v}}", context), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    XCTAssertEqual(
      try render("{{{v}}}|{{&v}}", context),
      "<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>")
  }

  func testRussianTextIsWrittenAsIs() throws {
    XCTAssertEqual(
      try render("{{v}}", ["v": "Урок «Дроби» — 5 класс, ё й"]), "Урок «Дроби» — 5 класс, ё й")
  }

  func testScalarsRenderAsText() throws {
    let context: TemplateValue = ["i": 42, "n": -7, "d": 1.21, "w": 1.0, "t": true, "f": false]
    XCTAssertEqual(
      try render("{{i}} {{n}} {{d}} {{w}} {{t}} {{f}}", context), "42 -7 1.21 1 true false")
  }

  func testNullListsAndMapsRenderEmpty() throws {
    XCTAssertEqual(
      try render("[{{a}}{{b}}{{c}}{{missing}}]", ["a": nil, "b": [1, 2], "c": ["x": 1]]), "[]")
  }

  func testDictionarySectionPushesItsValue() throws {
    let context: TemplateValue = ["page": ["title": "Дроби"], "title": "Сайт"]
    XCTAssertEqual(try render("{{#page}}{{title}}{{/page}} {{title}}", context), "Дроби Сайт")
  }

  func testListSectionIteratesWithTheStackBelow() throws {
    let context: TemplateValue = ["root": "../", "items": [["url": "a/"], ["url": "b/"]]]
    XCTAssertEqual(try render("{{#items}}<{{root}}{{url}}>{{/items}}", context), "<../a/><../b/>")
  }

  func testDottedNamesSearchOnlyTheFirstPartUpTheStack() throws {
    let context: TemplateValue = ["a": ["b": [:]], "b": ["c": "ERROR"], "site": ["title": "T"]]
    XCTAssertEqual(try render("{{#a}}[{{b.c}}]{{site.title}}{{/a}}", context), "[]T")
  }

  func testNumericPartsIndexLists() throws {
    let context: TemplateValue = ["tags": [["name": "дроби"], ["name": "проценты"]], "empty": []]
    XCTAssertEqual(
      try render("{{tags.1.name}}|{{tags.2.name}}|{{#tags.0}}есть{{/tags.0}}", context),
      "проценты||есть")
    XCTAssertEqual(try render("{{#empty.0}}есть{{/empty.0}}", context), "")
  }

  func testImplicitIterator() throws {
    XCTAssertEqual(try render("{{#list}}{{.}},{{/list}}", ["list": ["а", 1, 2.5]]), "а,1,2.5,")
  }

  func testInlinePartialIsNotIndented() throws {
    XCTAssertEqual(try render("  <p>{{> p}}</p>\n", partials: ["p": "a\nb"]), "  <p>a\nb</p>\n")
  }

  func testNestedStandalonePartialsAddTheirIndentation() throws {
    let partials = ["outer": "<div>\n  {{> inner}}\n</div>\n", "inner": "<p>\nx\n</p>\n"]
    XCTAssertEqual(
      try render("<body>\n  {{> outer}}\n</body>\n", partials: partials),
      "<body>\n  <div>\n    <p>\n    x\n    </p>\n  </div>\n</body>\n")
  }

  func testThemeLayout() throws {
    let partials = [
      "base":
        "<title>{{$title}}{{title}} — {{site}}{{/title}}</title>\n<main>\n{{$main}}\n{{/main}}\n</main>\n",
      "lesson": "{{<base}}\n{{$main}}\n<h1>{{title}}</h1>\n{{/main}}\n{{/base}}\n",
      "home":
        "{{<base}}\n{{$title}}{{site}}{{/title}}\n{{$main}}\n<p>Главная</p>\n{{/main}}\n{{/base}}\n",
    ]
    let context: TemplateValue = ["title": "Дроби", "site": "МО"]
    XCTAssertEqual(
      try render("{{>lesson}}", context, partials: partials),
      "<title>Дроби — МО</title>\n<main>\n<h1>Дроби</h1>\n</main>\n")
    XCTAssertEqual(
      try render("{{>home}}", context, partials: partials),
      "<title>МО</title>\n<main>\n<p>Главная</p>\n</main>\n")
  }

  func testMultiLevelLayoutsLetTheChildWin() throws {
    let partials = [
      "base": "[{{$a}}base-a{{/a}}|{{$b}}base-b{{/b}}]",
      "section": "{{<base}}{{$a}}section-a{{/a}}{{$b}}section-b{{/b}}{{/base}}",
    ]
    XCTAssertEqual(
      try render("{{<section}}{{$b}}page-b{{/b}}{{/section}}", partials: partials),
      "[section-a|page-b]")
  }

  func testBlockBodyRendersInTheParentsContext() throws {
    let partials = ["list": "{{#items}}{{$item}}{{.}}{{/item}};{{/items}}"]
    XCTAssertEqual(
      try render(
        "{{<list}}{{$item}}<{{.}}>{{/item}}{{/list}}", ["items": ["a", "b"]], partials: partials),
      "<a>;<b>;")
  }

  func testDynamicParent() throws {
    let partials = ["wide": "W[{{$x}}{{/x}}]", "narrow": "N[{{$x}}{{/x}}]"]
    XCTAssertEqual(
      try render("{{<*layout}}{{$x}}1{{/x}}{{/*layout}}", ["layout": "narrow"], partials: partials),
      "N[1]")
  }

  func testRecursivePartialWithDataRecurses() throws {
    var tree: TemplateValue = ["name": "leaf", "children": []]
    for level in 0..<100 { tree = ["name": .string("n\(level)"), "children": [tree]] }
    let output = try render(
      "{{>node}}", tree, partials: ["node": "{{name}}({{#children}}{{>node}}{{/children}})"])
    XCTAssertTrue(output.hasPrefix("n99(n98("))
    XCTAssertTrue(output.hasSuffix("n0(leaf())" + String(repeating: ")", count: 99)))
  }

  func testEndlessPartialRecursionIsAnError() {
    let error = renderError("x\n {{>loop}}", partials: ["loop": "a{{>loop}}"])
    XCTAssertEqual(error?.file, "loop")
    XCTAssertEqual(error?.line, 1)
    XCTAssertEqual(error?.column, 2)
    XCTAssertEqual(
      error?.message,
      "templates nested more than 500 levels deep (sections, partials, parents, blocks): "
        + "does a partial or parent include itself without end?")
  }

  func testEndlessBlockRecursionIsAnError() {
    let error = renderError(
      "{{<p}}{{$a}}x{{$a}}{{/a}}{{/a}}{{/p}}", partials: ["p": "{{$a}}{{/a}}"])
    XCTAssertEqual(error?.file, "t")
    XCTAssertEqual(error?.column, 14)
  }
}

extension RendererTests {
  func testInlinePartialInsideAStandalonePartialKeepsTheOuterIndentation() throws {
    let partials = [
      "outer": "<{{>inline}}>\nafter\n", "inline": "[\n  {{>inner}}\n]", "inner": "x\ny\n",
    ]
    XCTAssertEqual(
      try render("  {{>outer}}\nend", partials: partials),
      "  <[\n  x\n  y\n]>\n  after\nend")
  }
}
