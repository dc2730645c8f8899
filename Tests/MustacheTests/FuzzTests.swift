import Foundation
import XCTest

@testable import Mustache

/// Random templates must compile or fail with an error, and render or fail, never crash.
final class FuzzTests: XCTestCase {
  func testRandomTemplatesNeverCrash() {
    let pieces = [
      "{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "<", "$", "=", "&", "*", ".", "a", "b",
      "a.b", " ", "\n", "\r\n", "  ", "{{#a}}", "{{/a}}", "{{$b}}", "{{/b}}", "{{<p}}", "{{/p}}",
      "{{>p}}", "{{>*a}}", "{{=<% %>=}}", "<%", "%>", "ё", "{{a}}", "{{.}}", "{{^a}}",
    ]
    let context: TemplateValue = [
      "a": ["b": "p", "a": [1, "x", ["a": false]]], "b": "<&>", "p": true,
    ]
    var seed: UInt64 = 7
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33) % bound
    }
    var compiled = 0
    var rendered = 0
    for _ in 0..<10000 {
      func randomTemplate() -> String {
        (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
      }
      let templates = ["t": randomTemplate(), "p": randomTemplate()]
      guard let set = try? TemplateSet(templates: templates) else { continue }
      compiled += 1
      if (try? set.render("t", context: context)) != nil { rendered += 1 }
      _ = set.variableNames(in: "t")
      _ = set.variableUses(in: "p")
    }
    XCTAssertGreaterThan(compiled, 400)
    XCTAssertGreaterThan(rendered, 400)
  }

  func testEndlessRecursionFailsOnWorkerThreads() {
    final class Box: @unchecked Sendable {
      let lock = NSLock()
      var messages: [String] = []
    }
    let box = Box()
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      let error = renderError("{{#a}}{{>t}}{{/a}}", ["a": [1]])
      box.lock.lock()
      box.messages.append(error?.message ?? "no error")
      box.lock.unlock()
    }
    XCTAssertEqual(box.messages.count, 4)
    XCTAssertTrue(box.messages.allSatisfy { $0.hasPrefix("templates nested more than 500 levels") })
  }
}
