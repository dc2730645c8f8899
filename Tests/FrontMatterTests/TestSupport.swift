import XCTest

@testable import FrontMatter

/// Parses a YAML document, failing the test (and returning null) on an error.
func parseOrFail(
  _ text: String, firstLine: Int = 1, file: StaticString = #filePath, line: UInt = #line
) -> YAMLValue {
  do {
    return try FrontMatter.parseYAML(text, firstLine: firstLine)
  } catch {
    XCTFail("unexpected error \(error)", file: file, line: line)
    return YAMLValue(.null)
  }
}

/// Asserts that parsing fails with exactly this location and message.
func assertYAMLError(
  _ text: String, line expectedLine: Int, column expectedColumn: Int, _ message: String,
  firstLine: Int = 1, file: StaticString = #filePath, line: UInt = #line
) {
  do {
    let value = try FrontMatter.parseYAML(text, firstLine: firstLine)
    XCTFail("expected an error, parsed \(shape(value))", file: file, line: line)
  } catch {
    XCTAssertEqual(
      error,
      FrontMatterError(
        location: SourceLocation(line: expectedLine, column: expectedColumn), message: message),
      file: file, line: line)
  }
}

/// A compact rendering of a value without locations: `{a: 1, b: ["x", null]}`, dates as
/// `@2024-03-01`, strings in Swift literal form.
func shape(_ value: YAMLValue) -> String {
  switch value.kind {
  case .null: return "null"
  case .bool(let truth): return truth ? "true" : "false"
  case .int(let number): return String(number)
  case .double(let number): return "\(number)d"
  case .string(let text): return String(reflecting: text)
  case .date(let date): return "@\(date)"
  case .sequence(let items): return "[" + items.map(shape).joined(separator: ", ") + "]"
  case .mapping(let mapping):
    return "{" + mapping.entries.map { "\($0.key): \(shape($0.value))" }.joined(separator: ", ")
      + "}"
  }
}

/// The shape of a parsed document.
func shapeOf(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
  shape(parseOrFail(text, file: file, line: line))
}

/// Shorthand for a location.
func at(_ line: Int, _ column: Int) -> SourceLocation {
  SourceLocation(line: line, column: column)
}
