import Foundation
import XCTest

@testable import Mustache

/// Runs the examples of the official Mustache spec (copied into `spec/`, see `spec/SOURCE`).
enum SpecRunner {
  /// The folder of the spec's JSON files.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("spec")

  /// What running one file gave.
  struct Outcome {
    /// Examples in the file.
    var total = 0
    /// Examples that rendered as expected.
    var passed = 0
    /// Examples not run, with the reason.
    var skipped: [(name: String, reason: String)] = []
    /// A report for each failed example.
    var failures: [String] = []
  }

  /// Runs every example of `file`, prints the counts, and fails the test for each failure.
  static func check(_ file: String, testFile: StaticString = #filePath, line: UInt = #line) throws {
    let outcome = try run(file)
    let skippedNote = outcome.skipped.isEmpty ? "" : ", \(outcome.skipped.count) skipped"
    print("mustache spec \(file): \(outcome.passed)/\(outcome.total) passed\(skippedNote)")
    for skipped in outcome.skipped {
      print("  skipped '\(skipped.name)': \(skipped.reason)")
    }
    for failure in outcome.failures {
      XCTFail(failure, file: testFile, line: line)
    }
    XCTAssertEqual(
      outcome.passed + outcome.skipped.count, outcome.total, file: testFile, line: line)
  }

  /// Runs every example of `file`.
  static func run(_ file: String) throws -> Outcome {
    let data = try Data(contentsOf: directory.appendingPathComponent(file))
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let tests = root["tests"] as? [[String: Any]]
    else {
      throw CocoaError(.fileReadCorruptFile)
    }
    var outcome = Outcome()
    for test in tests {
      outcome.total += 1
      let name = test["name"] as? String ?? "?"
      let template = test["template"] as? String ?? ""
      let expected = test["expected"] as? String ?? ""
      var missingLambda = false
      let context = value(
        from: test["data"] ?? NSNull(), example: name, missingLambda: &missingLambda)
      if missingLambda {
        outcome.skipped.append((name, "its lambda has no Swift translation in SpecLambdas"))
        continue
      }
      var templates = test["partials"] as? [String: String] ?? [:]
      let mainName = "\u{1}spec-template"
      templates[mainName] = template
      let actual: String
      do {
        let set = try TemplateSet(templates: templates, strictPartials: false)
        actual = try set.render(mainName, context: context)
      } catch {
        actual = "error: \(error)"
      }
      if actual == expected {
        outcome.passed += 1
      } else {
        outcome.failures.append(
          "\(file) '\(name)': template \(template.debugDescription) "
            + "expected \(expected.debugDescription) actual \(actual.debugDescription)")
      }
    }
    return outcome
  }

  /// Converts parsed JSON into a template value; `{"__tag__": "code"}` objects become the
  /// example's Swift lambda.
  static func value(from json: Any, example: String, missingLambda: inout Bool) -> TemplateValue {
    switch json {
    case let string as String:
      return .string(string)
    case let number as NSNumber:
      switch String(cString: number.objCType) {
      case "c": return .bool(number.boolValue)
      case "d", "f": return .double(number.doubleValue)
      default: return .int(number.intValue)
      }
    case let array as [Any]:
      return .array(array.map { value(from: $0, example: example, missingLambda: &missingLambda) })
    case let map as [String: Any]:
      if map["__tag__"] as? String == "code" {
        guard let lambda = SpecLambdas.make(for: example) else {
          missingLambda = true
          return .null
        }
        return .lambda(lambda)
      }
      return .dictionary(
        map.mapValues { value(from: $0, example: example, missingLambda: &missingLambda) })
    default:
      return .null
    }
  }
}

/// Swift translations of the lambdas of `~lambdas.json`, by example name.
enum SpecLambdas {
  /// A counter shared by every call of one lambda, safe across threads.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new value.
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }

  /// A fresh lambda for the example `name`, or `nil` if there is none.
  static func make(for name: String) -> TemplateLambda? {
    switch name {
    case "Interpolation": return TemplateLambda { _ in "world" }
    case "Interpolation - Expansion": return TemplateLambda { _ in "{{planet}}" }
    case "Interpolation - Alternate Delimiters":
      return TemplateLambda { _ in "|planet| => {{planet}}" }
    case "Interpolation - Multiple Calls":
      let counter = Counter()
      return TemplateLambda { _ in String(counter.next()) }
    case "Escaping": return TemplateLambda { _ in ">" }
    case "Section": return TemplateLambda { $0 == "{{x}}" ? "yes" : "no" }
    case "Section - Expansion": return TemplateLambda { $0 + "{{planet}}" + $0 }
    case "Section - Alternate Delimiters":
      return TemplateLambda { $0 + "{{planet}} => |planet|" + $0 }
    case "Section - Multiple Calls": return TemplateLambda { "__" + $0 + "__" }
    case "Inverted Section": return TemplateLambda { _ in "" }
    default: return nil
    }
  }
}
