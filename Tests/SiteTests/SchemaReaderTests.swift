import FrontMatter
import XCTest

@testable import Site

/// Mistakes in `kinds:` and `vocabularies:` of site.yml: each located at its line and column,
/// in words that say what to write.
final class SchemaReaderTests: XCTestCase {
  private func read(_ text: String) throws -> (SiteSchema, [String]) {
    let bag = DiagnosticBag()
    let map = try XCTUnwrap(try FrontMatter.parseYAML(text).mapping)
    let config = SiteConfig(yaml: map, path: "site.yml", diagnostics: bag)
    return (config.schema, bag.sorted.map(\.description))
  }

  func testASiteAddsKindsAndExtendsBuiltInOnes() throws {
    let (schema, messages) = try read(
      """
      vocabularies:
        olympiad_levels:
          add: [турнир городов]
        formats: [очно, онлайн]
      kinds:
        news:
          folder: news
          name: {ru: Новость}
          fields:
            source: url
            format: {vocabulary: formats}
        olympiad:
          fields:
            prize: {type: text, label: {ru: Приз}}
        portfolio:
          remove: true
      """)
    XCTAssertEqual(messages, [])
    XCTAssertEqual(
      schema.kinds.map(\.name), ["lesson", "seminar", "olympiad", "news", "page"])
    XCTAssertEqual(schema.kind(named: "news")?.field(named: "source")?.type, .url)
    XCTAssertEqual(schema.kind(named: "news")?.field(named: "format")?.type, .choice)
    XCTAssertEqual(schema.kind(named: "news")?.template, "entry")
    XCTAssertEqual(schema.kind(named: "olympiad")?.field(named: "prize")?.builtIn, false)
    XCTAssertEqual(schema.kind(named: "olympiad")?.field(named: "level")?.builtIn, true)
    XCTAssertEqual(schema.vocabularies["olympiad_levels"]?.values.last, "турнир городов")
    XCTAssertEqual(schema.vocabularies["olympiad_levels"]?.open, true)
    XCTAssertEqual(schema.kind(forFolder: "news"), PageKind(rawValue: "news"))
  }

  func testUnknownFieldTypeIsLocatedWithTheTypes() throws {
    let (_, messages) = try read(
      """
      kinds:
        news:
          folder: news
          fields:
            source: {type: adress}
      """)
    XCTAssertEqual(messages.count, 1)
    XCTAssertTrue(
      messages[0].hasPrefix("site.yml:5:22: error: unknown field type 'adress' of 'source'"),
      messages[0])
    XCTAssertTrue(messages[0].contains("the types are: text, markdown, integer"), messages[0])
    let (_, near) = try read(
      "kinds:\n  news:\n    folder: news\n    fields:\n      n: {type: integr}\n")
    XCTAssertTrue(
      near[0].hasPrefix(
        "site.yml:5:17: error: unknown field type 'integr' of 'n'; did you mean 'integer'?"),
      near[0])
  }

  func testAKindWithoutAFolderSaysWhatToWrite() throws {
    let (_, messages) = try read("kinds:\n  news:\n    name: Новость\n")
    XCTAssertEqual(
      messages,
      [
        "site.yml:2:3: error: the kind 'news' has no folder: add 'folder: newss' under it,"
          + " the folder in content/ where its pages are"
      ])
  }

  func testTwoKindsInOneFolderIsAnError() throws {
    let (_, messages) = try read("kinds:\n  news:\n    folder: lessons\n")
    XCTAssertEqual(
      messages,
      [
        "site.yml:3:13: error: the kinds 'lesson' and 'news' both claim the folder 'lessons':"
          + " give 'news' a folder of its own, such as 'folder: newss'"
      ])
  }

  func testAnUndeclaredVocabularyIsLocatedWithTheNearestName() throws {
    let (_, messages) = try read(
      """
      kinds:
        news:
          folder: news
          fields:
            level: {type: choice, vocabulary: olympiad_level}
      """)
    XCTAssertEqual(
      messages,
      [
        "site.yml:5:41: error: the field 'level' uses the vocabulary 'olympiad_level', which is"
          + " not declared; did you mean 'olympiad_levels'? (declare it under 'vocabularies:',"
          + " such as olympiad_level: [слово, слово])"
      ])
  }

  func testARequiredFieldWithADefaultIsAnError() throws {
    let (_, messages) = try read(
      """
      kinds:
        news:
          folder: news
          fields:
            topic: {type: text, required: true, default: Новости}
      """)
    XCTAssertEqual(
      messages,
      [
        "site.yml:5:52: error: the field 'topic' is required and has a default: a page must"
          + " write a required field itself, so remove 'default:' or 'required: true'"
      ])
  }

  func testTheBuiltInSchemaReadsWithoutProblems() throws {
    let bag = DiagnosticBag()
    let map = try XCTUnwrap(try FrontMatter.parseYAML(BuiltInSchema.text).mapping)
    let schema = SchemaReader(
      reader: FieldReader(path: "built-in", diagnostics: bag), builtIn: true
    )
    .merge(map, over: SiteSchema())
    XCTAssertEqual(bag.sorted, [])
    XCTAssertEqual(
      schema.kinds.map(\.name), ["portfolio", "lesson", "seminar", "olympiad", "page"])
    XCTAssertEqual(schema.homeFolders, ["lessons", "olympiads", "seminars", "portfolios"])
  }
}
