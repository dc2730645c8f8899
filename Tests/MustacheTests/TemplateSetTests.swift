import Foundation
import XCTest

@testable import Mustache

final class TemplateSetTests: XCTestCase {
  func testUnknownPartialIsAnErrorInStrictMode() {
    XCTAssertEqual(
      compileError("<header>\n  {{> partials/nav}}\n"),
      TemplateError(
        file: "t.mustache", line: 2, column: 3, message: "unknown partial 'partials/nav'"))
  }

  func testUnknownParentIsAnErrorInStrictMode() {
    XCTAssertEqual(
      compileError("ё{{<base}}{{$main}}x{{/main}}{{/base}}"),
      TemplateError(
        file: "t.mustache", line: 1, column: 2, message: "unknown parent template 'base'"))
  }

  func testUnknownPartialRendersNothingWhenNotStrict() throws {
    let set = try TemplateSet(
      sources: ["t": (text: "[{{>nope}}{{<gone}}{{/gone}}]", file: "t.mustache")],
      strictPartials: false)
    XCTAssertEqual(try set.render("t", context: [:]), "[]")
  }

  func testUTF8BytesRenderExactlyAsTheString() throws {
    let set = try TemplateSet(
      sources: [
        "t": (
          text:
            "{{html}}|{{{html}}}|{{&html}}|{{#html}}да{{/html}}{{^html}}нет{{/html}}|{{>*kind}}",
          file: "t.mustache"
        ),
        "card": (text: "карта", file: "card.m"),
      ])
    let html = "<p>«Дроби» & 'доли'</p>"
    let asText = try set.render("t", context: ["html": .string(html), "kind": "card"])
    let asBytes = try set.render(
      "t", context: ["html": .utf8(Array(html.utf8)), "kind": .utf8(Array("card".utf8))])
    XCTAssertEqual(asBytes, asText)
    XCTAssertTrue(asText.hasPrefix("&lt;p&gt;"))
    XCTAssertTrue(asText.hasSuffix("|да|карта"))
    XCTAssertEqual(try set.render("t", context: ["html": .utf8([])]), "|||нет|")
  }

  func testDynamicPartialsAreNotCheckedInStrictMode() throws {
    let set = try TemplateSet(
      sources: [
        "t": (text: "[{{>*kind}}]", file: "t.mustache"), "card": (text: "карта", file: "card.m"),
      ])
    XCTAssertEqual(try set.render("t", context: ["kind": "card"]), "[карта]")
    XCTAssertEqual(try set.render("t", context: ["kind": "nothing"]), "[]")
    XCTAssertEqual(try set.render("t", context: [:]), "[]")
  }

  func testPartialNamesMayContainSlashes() throws {
    let set = try TemplateSet(
      templates: ["page": "{{> partials/header}}", "partials/header": "<h1>{{title}}</h1>"])
    XCTAssertEqual(try set.render("page", context: ["title": "Уроки"]), "<h1>Уроки</h1>")
  }

  func testRenderingAnUnknownTemplateThrows() throws {
    let set = try TemplateSet(templates: ["a": "x"])
    XCTAssertThrowsError(try set.render("nope", context: [:])) { error in
      XCTAssertEqual(
        error as? TemplateError,
        TemplateError(file: "nope", line: 0, column: 0, message: "unknown template 'nope'"))
    }
    var buffer: [UInt8] = []
    XCTAssertThrowsError(try set.renderBytes("nope", context: [:], into: &buffer))
  }

  func testNamesAndContains() throws {
    let set = try TemplateSet(templates: ["b": "", "a": "", "partials/c": ""])
    XCTAssertEqual(set.names, ["a", "b", "partials/c"])
    XCTAssertTrue(set.contains("partials/c"))
    XCTAssertFalse(set.contains("c"))
  }

  func testInitThrowsTheFirstErrorInNameOrder() {
    XCTAssertThrowsError(
      try TemplateSet(sources: ["b": ("{{#x}}", "b.m"), "a": ("ok {{/y}}", "a.m")])
    ) { error in
      XCTAssertEqual(
        error as? TemplateError,
        TemplateError(
          file: "a.m", line: 1, column: 4, message: "closing tag 'y' has no open section to close"))
    }
  }

  func testErrorsListsTheFirstErrorOfEveryTemplate() {
    let errors = TemplateSet.errors(
      in: ["b": ("{{#x}}", "b.m"), "a": ("ok {{/y}}\n{{z", "a.m"), "c": ("{{>b}}{{>d}}", "c.m")])
    XCTAssertEqual(
      errors,
      [
        TemplateError(
          file: "a.m", line: 1, column: 4, message: "closing tag 'y' has no open section to close"),
        TemplateError(
          file: "b.m", line: 1, column: 1,
          message: "unclosed section 'x': no closing tag '{{/x}}' follows"),
        TemplateError(file: "c.m", line: 1, column: 7, message: "unknown partial 'd'"),
      ])
  }

  func testRenderBytesAppendsTheSameBytesAsRender() throws {
    let set = try TemplateSet(templates: ["t": "<p>{{a}}</p>"])
    var buffer = Array("head ".utf8)
    try set.renderBytes("t", context: ["a": "Привет & пока"], into: &buffer)
    XCTAssertEqual(String(decoding: buffer, as: UTF8.self), "head <p>Привет &amp; пока</p>")
    XCTAssertEqual(try set.render("t", context: ["a": "Привет & пока"]), "<p>Привет &amp; пока</p>")
  }

  func testRenderBytesIntoAnEmptyBufferMatchesRenderWhetherThePageFitsOrNot() throws {
    let set = try TemplateSet(templates: ["t": "<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>"])
    for count in [0, 1, 10, 1_000, 20_000] {
      let context: TemplateValue = ["items": .array((0..<count).map { .string("ж<\($0)>") })]
      let expected = try set.render("t", context: context)
      for reserved in [0, 16, 100_000] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(reserved)
        try set.renderBytes("t", context: context, into: &buffer)
        XCTAssertEqual(String(decoding: buffer, as: UTF8.self), expected, "\(count), \(reserved)")
      }
    }
  }

  func testRenderBytesIntoAnEmptyBufferThrowsAndLeavesItEmpty() throws {
    let set = try TemplateSet(templates: ["t": "a{{>t}}"])
    var buffer: [UInt8] = []
    XCTAssertThrowsError(try set.renderBytes("t", context: [:], into: &buffer))
    XCTAssertEqual(buffer, [])
  }

  func testConcurrentRendersMatchSerialRenders() throws {
    let set = try TemplateSet(
      templates: [
        "base":
          "<html>\n<title>{{$title}}{{/title}}</title>\n<body>\n  {{$main}}\n  {{/main}}\n</body>\n</html>\n",
        "card": "<article>\n  <h2>{{title}}</h2>\n  {{#tags}}<i>{{.}}</i>{{/tags}}\n</article>\n",
        "page":
          "{{<base}}{{$title}}{{title}}{{/title}}{{$main}}\n{{#cards}}\n{{> card}}\n{{/cards}}\n{{/main}}{{/base}}",
      ])
    let contexts: [TemplateValue] = (0..<64).map { page in
      [
        "title": .string("Страница \(page) <&>"),
        "cards": .array(
          (0..<(page % 7)).map { card in
            ["title": .string("Урок \(page).\(card)"), "tags": .array([.string("т\(card)"), "x"])]
          }),
      ]
    }
    let serial = try contexts.map { try set.render("page", context: $0) }
    XCTAssertTrue(serial[8].contains("    <h2>Урок 8.0</h2>"))
    final class Results: @unchecked Sendable {
      let lock = NSLock()
      var mismatches = 0
      var failures: [String] = []
    }
    let results = Results()
    let iterations = ProcessInfo.processInfo.activeProcessorCount * 200
    DispatchQueue.concurrentPerform(iterations: iterations) { iteration in
      let index = iteration % contexts.count
      do {
        let output = try set.render("page", context: contexts[index])
        if output != serial[index] {
          results.lock.lock()
          results.mismatches += 1
          results.lock.unlock()
        }
      } catch {
        results.lock.lock()
        results.failures.append("\(error)")
        results.lock.unlock()
      }
    }
    XCTAssertEqual(results.mismatches, 0)
    XCTAssertEqual(results.failures, [])
  }
}
