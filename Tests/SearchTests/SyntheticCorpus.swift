@testable import Search

/// Deterministic Russian-like documents for index tests.
enum SyntheticCorpus {
  private static let syllables = [
    "ма", "те", "ри", "ал", "ко", "нс", "пе", "кт", "уч", "ит", "ел", "ус", "ло", "ви", "за",
    "да", "чи", "ра", "бо", "та", "ге", "ог", "ли", "те", "ра", "ту", "ры", "ис", "то", "ри",
    "фи", "зи", "хи", "мо", "би", "ол", "ги", "ям", "ск", "ов", "ен", "ст", "пр", "об", "сн",
  ]
  private static let endings = [
    "", "а", "ы", "ой", "ами", "ах", "ов", "ие", "ого", "ая", "ать", "ет",
  ]
  private static let subjects = [
    "математика", "информатика", "физика", "химия", "биология", "история", "литература",
    "русский язык",
  ]
  private static let kinds = ["lesson", "olympiad", "page", "portfolio", "seminar"]

  /// A small linear congruential generator (same numbers on every platform).
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// `count` words of a vocabulary of `size` made of syllables and endings.
  static func vocabulary(size: Int) -> [String] {
    var generator = Generator(state: 7)
    var words: [String] = []
    var seen: Set<String> = []
    while words.count < size {
      let length = 2 + generator.next(3)
      let stem = (0..<length).map { _ in syllables[generator.next(syllables.count)] }.joined()
      let word = stem + endings[generator.next(endings.count)]
      if seen.insert(word).inserted { words.append(word) }
    }
    return words
  }

  /// `count` documents with bodies of `wordsPerBody` words; about 70 % of them contain `урок`.
  static func documents(count: Int, wordsPerBody: Int, vocabularySize: Int = 20_000)
    -> [SearchDocument]
  {
    let words = vocabulary(size: vocabularySize)
    var generator = Generator(state: 11)
    func word() -> String {
      // Roughly Zipfian: the square of a uniform index favours the first words.
      let uniform = generator.next(1_000_000)
      return words[uniform * uniform / 1_000_000 * words.count / 1_000_000]
    }
    func phrase(_ length: Int) -> String {
      (0..<length).map { _ in word() }.joined(separator: " ")
    }
    return (0..<count).map { id in
      var body = phrase(wordsPerBody)
      if generator.next(10) < 7 { body += " урок" }
      return SearchDocument(
        url: "materials/document-\(id)/", title: phrase(3 + generator.next(4)).capitalized,
        kind: kinds[generator.next(kinds.count)],
        date: "2024-0\(1 + generator.next(9))-1\(generator.next(10))",
        summary: phrase(30),
        subject: generator.next(5) == 0 ? nil : subjects[generator.next(subjects.count)],
        grades: [1 + generator.next(11), 1 + generator.next(11)],
        tags: [word(), word()], headings: [phrase(3), phrase(4), phrase(2)], body: body)
    }
  }
}
