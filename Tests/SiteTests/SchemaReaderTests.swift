import FrontMatter
import XCTest

@testable import Site

/// The schema of `site.yml` over the built-in one: merging, and every schema error located at
/// its file, line and column.
final class SchemaReaderTests: XCTestCase {
  /// The schema of a `site.yml` text, with the diagnostics it caused.
  private func read(_ text: String) throws -> (Schema, [String]) {
    let bag = DiagnosticBag()
    let map = try XCTUnwrap(try FrontMatter.parseYAML(text).mapping)
    let config = SiteConfig(yaml: map, path: "site.yml", diagnostics: bag)
    return (config.schema, bag.sorted.map(\.description))
  }

  func testTheBuiltInSchemaReadsWithoutProblemsAndHasTheFourKindsAndPage() throws {
    let bag = DiagnosticBag()
    let map = try XCTUnwrap(try FrontMatter.parseYAML(BuiltInSchema.text).mapping)
    let schema = SchemaReader(path: BuiltInSchema.path, diagnostics: bag).read(map, over: Schema())
    XCTAssertEqual(bag.sorted.map(\.description), [])
    XCTAssertEqual(schema.kinds.map(\.name), ["portfolio", "lesson", "seminar", "olympiad", "page"])
    XCTAssertEqual(schema.home, ["lesson", "olympiad", "seminar", "portfolio"])
    XCTAssertEqual(schema.facets, ["subjects", "grades", "levels"])
    XCTAssertEqual(SchemaReader.builtIn.kinds, schema.kinds)
    let levels = try XCTUnwrap(schema.vocabularies["olympiad-levels"])
    XCTAssertTrue(levels.open)
    XCTAssertTrue(levels.values.contains("олимпиада «Высшая проба»"))
    XCTAssertTrue(levels.values.contains("сетевая олимпиада"))
  }

  func testASiteAddsAKindChangesAFieldAndALabelAndRemovesAKind() throws {
    let (schema, problems) = try read(
      """
      kinds:
        news:
          name: {ru: [новость, новости, новостей]}
          fields:
            source: {type: url}
        lesson:
          fields:
            duration: {max: 90, label: {ru: Время}}
            equipment: {type: list, label: {ru: Оборудование}}
        portfolio:
          remove: true
      """)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(schema.kinds.map(\.name), ["lesson", "seminar", "olympiad", "news", "page"])
    XCTAssertEqual(schema.kind(named: "news")?.folder, "news")
    XCTAssertEqual(schema.kind(forFolder: "news").name, "news")
    XCTAssertEqual(schema.kind(forFolder: "about").name, "page")
    XCTAssertTrue(schema.home.contains("news"))
    let lesson = try XCTUnwrap(schema.kind(named: "lesson"))
    XCTAssertEqual(lesson.field("duration")?.type, .integer(1...90))
    XCTAssertEqual(lesson.field("duration")?.label("ru"), "Время")
    XCTAssertEqual(lesson.fields.last?.name, "equipment")
  }

  func testASiteExtendsReplacesAndOpensVocabularies() throws {
    let (schema, problems) = try read(
      """
      vocabularies:
        olympiad-levels:
          add: [олимпиада «Шаг в будущее»]
        seminar-formats:
          values: [очно, онлайн]
        lesson-types:
          open: true
      """)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(schema.vocabularies["olympiad-levels"]?.values.last, "олимпиада «Шаг в будущее»")
    XCTAssertEqual(schema.vocabularies["seminar-formats"]?.values, ["очно", "онлайн"])
    XCTAssertEqual(schema.vocabularies["lesson-types"]?.open, true)
  }

  func testAnUnknownTypeIsAnErrorAtTheTypeWithASuggestion() throws {
    let (_, problems) = try read(
      """
      kinds:
        news:
          fields:
            when: {type: datetime}
            what: {type: poem}
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:4:20: error: field 'when' of kind 'news' has unknown type 'datetime'; did you mean 'date-time'?",
        "site.yml:5:20: error: field 'what' of kind 'news' has unknown type 'poem'; write one of "
          + SchemaReader.typeList,
      ])
  }

  func testAVocabularyThatIsNotDeclaredIsAnErrorAtTheReference() throws {
    let (_, problems) = try read(
      """
      kinds:
        contest:
          fields:
            stage:
              type: choice
              vocabulary: olympiad-level
            round:
              type: choice
              vocabulary: rounds
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:6:21: error: field 'stage' of kind 'contest' uses the vocabulary 'olympiad-level', which is not declared; did you mean 'olympiad-levels'?",
        "site.yml:9:21: error: field 'round' of kind 'contest' uses the vocabulary 'rounds', which is not declared: declare it under 'vocabularies:' with 'values: […]'",
      ])
  }

  func testARequiredFieldWithADefaultIsAnErrorAtTheDefault() throws {
    let (_, problems) = try read(
      """
      kinds:
        news:
          fields:
            source:
              type: text
              required: true
              default: районная газета
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:7:18: error: field 'source' of kind 'news' is required and has a default: a required field must be written on every page, so remove 'default:' or 'required: true'"
      ])
  }

  func testTwoKindsClaimingOneFolderIsAnErrorAtTheSecondFolder() throws {
    let (_, problems) = try read(
      """
      kinds:
        plan:
          folder: lessons
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:3:13: error: kinds 'lesson' and 'plan' both claim the folder 'lessons/': give one of them another 'folder:'"
      ])
  }

  func testAChoiceWithoutVocabularyAReferenceToNoKindAndAFieldWithoutTypeAreErrors() throws {
    let (_, problems) = try read(
      """
      kinds:
        news:
          fields:
            mood: {type: choice}
            lesson: {type: reference, to: lessons}
            note: {label: {ru: Заметка}}
      home: [news, lesson, olympiads]
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:4:7: error: field 'mood' of kind 'news' is a 'choice' with no 'vocabulary:': name the list its values come from",
        "site.yml:5:7: error: field 'lesson' of kind 'news' points at kind 'lessons', which does not exist",
        "site.yml:6:7: error: field 'note' of kind 'news' has no 'type:'; write one of " + SchemaReader.typeList,
        "site.yml:7:7: error: 'home' names the kind 'olympiads', which does not exist; did you mean 'olympiad'?",
      ])
  }

  func testUnknownSettingsOfAKindOrFieldAreWarningsWithSuggestions() throws {
    let (_, problems) = try read(
      """
      kinds:
        news:
          folders: novosti
          fields:
            source: {type: url, requred: true}
      """)
    XCTAssertEqual(
      problems,
      [
        "site.yml:3:5: warning: unknown field 'folders' is ignored; did you mean 'folder'?",
        "site.yml:5:27: warning: unknown field 'requred' is ignored; did you mean 'required'?",
      ])
  }
}
