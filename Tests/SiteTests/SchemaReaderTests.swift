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

  /// The first message `text` gives, which must be the only one.
  private func only(_ text: String) throws -> String {
    let (_, messages) = try read(text)
    XCTAssertEqual(messages.count, 1, messages.joined(separator: "\n"))
    return messages.first ?? ""
  }

  func testVocabulariesAndKindsThatAreNotMaps() throws {
    XCTAssertEqual(
      try only("vocabularies: [очно, онлайн]\n"),
      "site.yml:1:15: error: 'vocabularies' must be a map of lists, such as:\n  vocabularies:\n"
        + "    formats: [очно, онлайн]")
    XCTAssertEqual(
      try only("kinds: [news]\n"),
      "site.yml:1:8: error: 'kinds' must be a map of kinds, such as:\n  kinds:\n    news:\n"
        + "      folder: news")
    XCTAssertEqual(
      try only("vocabularies:\n  formats: 12\n"),
      "site.yml:2:12: error: the vocabulary 'formats' must be a list of words, such as formats:"
        + " [очно, онлайн], or a map with 'values:', 'add:' and 'open:'")
    XCTAssertEqual(
      try only("kinds:\n  news: true\n"),
      "site.yml:2:9: error: the kind 'news' must be a map, such as:\n  news:\n    folder: news")
    XCTAssertEqual(
      try only("kinds:\n  news:\n    folder: news\n    new_page: \"текст\"\n"),
      "site.yml:4:15: error: 'new_page' of the kind 'news' must be a map with 'fields: |' and"
        + " 'body: |'")
  }

  func testFieldsWrittenWrong() throws {
    let news = "kinds:\n  news:\n    folder: news\n    fields:\n"
    XCTAssertEqual(
      try only(news + "      source: [url]\n"),
      "site.yml:5:15: error: the field 'source' must be a type, such as 'source: text', or a map"
        + " with 'type:'")
    XCTAssertEqual(
      try only(news + "      seats: {type: integer, min: 10, max: 5}\n"),
      "site.yml:5:44: error: 'max' of 'seats' is less than its 'min': swap them")
    XCTAssertEqual(
      try only(news + "      format: {type: choice}\n"),
      "site.yml:5:22: error: the field 'format' is a choice but names no vocabulary: add"
        + " 'vocabulary: NAME' and declare the words under 'vocabularies:'")
    XCTAssertEqual(
      try only(news + "      lesson: {type: reference, kind: lesons}\n"),
      "site.yml:5:39: error: the field 'lesson' refers to the kind 'lesons', which the site does"
        + " not have; the kinds are: portfolio, lesson, seminar, olympiad, page, news")
    XCTAssertEqual(
      try only(news + "      topic: {type: text, required: maybe}\n"),
      "site.yml:5:37: error: 'required' must be true or false, not a string")
  }

  func testFacetsThatCannotHaveAFolder() throws {
    let news = "kinds:\n  news:\n    folder: news\n    fields:\n"
    XCTAssertEqual(
      try only(news + "      format: {type: text, facet: true, taxonomy: Формы}\n"),
      "site.yml:5:51: error: the facet 'Формы' of the field 'format' must be a folder name of"
        + " small Latin letters, digits and hyphens, such as 'formats': add 'taxonomy: NAME'")
    XCTAssertEqual(
      try only(news + "      topic: {type: text, facet: true, taxonomy: lessons}\n"),
      "site.yml:5:50: error: the facet 'lessons' of the field 'topic' would put its pages in the"
        + " folder of the kind 'lesson': give the field another 'taxonomy:'")
    XCTAssertEqual(
      try only(news + "      topic: {type: text, facet: true, taxonomy: search}\n"),
      "site.yml:5:50: error: the facet 'search' of the field 'topic' would take the folder"
        + " 'search/' of the site's own pages: give the field another 'taxonomy:'")
    // A facet without `taxonomy:` is named after its field, and shares it with the kinds
    // that name it too.
    let (schema, messages) = try read(news + "      format: {type: text, facet: true}\n")
    XCTAssertEqual(messages, [])
    XCTAssertEqual(schema.facets.map(\.name), ["tags", "subjects", "grades", "levels", "format"])
    XCTAssertEqual(schema.facets.last?.fields, ["news": "format"])
  }

  func testUnknownKeysAreLocatedWarningsWithTheNearestKey() throws {
    let (_, messages) = try read(
      """
      vocabularies:
        formats: {values: [очно], closed: true}
      kinds:
        news:
          folder: news
          colour: red
          fields:
            topic: {type: text, lable: {ru: Тема}}
            place: {type: text, label: {de: Ort}}
      """)
    XCTAssertEqual(
      messages,
      [
        "site.yml:2:29: warning: unknown field 'closed' is ignored",
        "site.yml:6:5: warning: unknown field 'colour' is ignored",
        "site.yml:8:27: warning: unknown field 'lable' is ignored; did you mean 'label'?",
        "site.yml:9:35: warning: unknown field 'de' is ignored; did you mean 'en'?",
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
