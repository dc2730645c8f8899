import XCTest

/// Every example of every file of the official spec, one test per file.
final class SpecTests: XCTestCase {
  func testComments() throws { try SpecRunner.check("comments.json") }
  func testDelimiters() throws { try SpecRunner.check("delimiters.json") }
  func testInterpolation() throws { try SpecRunner.check("interpolation.json") }
  func testInverted() throws { try SpecRunner.check("inverted.json") }
  func testPartials() throws { try SpecRunner.check("partials.json") }
  func testSections() throws { try SpecRunner.check("sections.json") }
  func testInheritance() throws { try SpecRunner.check("~inheritance.json") }
  func testDynamicNames() throws { try SpecRunner.check("~dynamic-names.json") }
  func testLambdas() throws { try SpecRunner.check("~lambdas.json") }
}
