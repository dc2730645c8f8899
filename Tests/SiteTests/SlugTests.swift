import XCTest

@testable import Site

final class SlugTests: XCTestCase {
  func testEveryRussianLetter() {
    let pairs: [(String, String)] = [
      ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"),
      ("ж", "zh"),
      ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"),
      ("о", "o"),
      ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"),
      ("ц", "ts"),
      ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ы", "y"), ("э", "e"), ("ю", "yu"), ("я", "ya"),
    ]
    for (letter, latin) in pairs {
      XCTAssertEqual(Slug.make("x" + letter + "x"), "x" + latin + "x", "lower \(letter)")
      XCTAssertEqual(
        Slug.make("x" + letter.uppercased() + "x"), "x" + latin + "x", "upper \(letter)")
    }
  }

  func testHardAndSoftSignsVanishWithoutBreakingTheWord() {
    XCTAssertEqual(Slug.make("подъезд"), "podezd")
    XCTAssertEqual(Slug.make("Объём"), "obyom")
    XCTAssertEqual(Slug.make("учитель"), "uchitel")
    XCTAssertEqual(Slug.make("ЪЬ"), "")
  }

  func testEveryKazakhLetter() {
    let pairs: [(String, String)] = [
      ("ә", "a"), ("ғ", "gh"), ("қ", "q"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"),
      ("һ", "h"),
      ("і", "i"),
    ]
    for (letter, latin) in pairs {
      XCTAssertEqual(Slug.make(letter), latin, "lower \(letter)")
      XCTAssertEqual(Slug.make(letter.uppercased()), latin, "upper \(letter)")
    }
    XCTAssertEqual(Slug.make("Қазақ тілі сабағы"), "qazaq-tili-sabaghy")
  }

  func testTitlesAndMixedScripts() {
    XCTAssertEqual(Slug.make("Сложение дробей"), "slozhenie-drobey")
    XCTAssertEqual(Slug.make("Щука и ёжик: «сказка»"), "shchuka-i-yozhik-skazka")
    XCTAssertEqual(Slug.make("ЕГЭ-2024: Python и C++"), "ege-2024-python-i-c")
    XCTAssertEqual(Slug.make("Café résumé"), "cafe-resume")
    XCTAssertEqual(Slug.make("5 класс"), "5-klass")
  }

  func testPunctuationRunsCollapseAndEdgesAreTrimmed() {
    XCTAssertEqual(Slug.make("  --Урок!!!  №5 — итоги...  "), "urok-5-itogi")
    XCTAssertEqual(Slug.make("a___b"), "a-b")
    XCTAssertEqual(Slug.make("!!!"), "")
    XCTAssertEqual(Slug.make("!!!", fallback: "page"), "page")
    XCTAssertEqual(Slug.make("😀 урок 😀"), "urok")
  }

  func testCleanSlugs() {
    XCTAssertTrue(Slug.isClean("slozhenie-drobey"))
    XCTAssertTrue(Slug.isClean("5-klass"))
    XCTAssertFalse(Slug.isClean("Slozhenie"))
    XCTAssertFalse(Slug.isClean("a--b"))
    XCTAssertFalse(Slug.isClean("-a"))
    XCTAssertFalse(Slug.isClean("урок"))
    XCTAssertFalse(Slug.isClean(""))
  }

  func testTheQuickPathsAgreeWithCharacterByCharacterTransliteration() {
    let alphabet: [Unicode.Scalar] =
      Array("aZ09 -_'.,!ёЁъЬщЩәҢіўєЇçéÆßø€🙂\u{2019}\u{4FF}\u{500}\u{3FF}".unicodeScalars)
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...12, using: &generator)
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(alphabet.randomElement(using: &generator)!) }
      let input = String(text)
      XCTAssertEqual(Slug.make(input), Self.slowSlug(input), "input: \(input.debugDescription)")
    }
  }

  /// The slug made one character at a time through `Slug.transliterate`, as the definition
  /// reads: letters go in, silent letters vanish, anything else is one word break.
  private static func slowSlug(_ text: String) -> String {
    var words: [String] = [""]
    for scalar in text.unicodeScalars {
      let piece = Slug.transliterate(scalar)
      if !piece.isEmpty {
        words[words.count - 1] += String(decoding: piece, as: UTF8.self)
      } else if !Slug.isSilent(scalar) {
        words.append("")
      }
    }
    return words.filter { !$0.isEmpty }.joined(separator: "-")
  }
}
