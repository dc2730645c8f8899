/// The Snowball English (Porter2) stemmer, current version (Snowball 3.x), from
/// snowballstem.org/algorithms/english/stemmer.html.
///
/// Works on lower-case words; other scalars than the ASCII vowels count as non-vowels.
public enum EnglishStemmer {
  /// The stem of a lower-case English word.
  public static func stem(_ word: String) -> String {
    var scalars = word.unicodeScalars.map(\.value)
    stem(&scalars)
    return string(fromScalars: scalars)
  }

  /// Stems a word given as Unicode scalar values, in place.
  static func stem(_ word: inout [UInt32]) {
    if let special = EnglishSuffixes.exceptionalForm(of: word) {
      word = special
      return
    }
    guard word.count > 2 else { return }
    let foundY = markConsonantY(&word)
    var stemmer = EnglishSteps(word: word)
    stemmer.run()
    word = stemmer.word
    if foundY {
      for index in word.indices where word[index] == Letter.upperY {
        word[index] = Letter.y
      }
    }
  }

  /// Prelude: drops an initial apostrophe, then marks initial `y` and `y` after a vowel as `Y`.
  private static func markConsonantY(_ word: inout [UInt32]) -> Bool {
    if word.first == Letter.apostrophe { word.removeFirst() }
    var found = false
    if word.first == Letter.y {
      word[0] = Letter.upperY
      found = true
    }
    var index = 1
    while index < word.count {
      if word[index] == Letter.y, EnglishSteps.isVowel(word[index - 1]) {
        word[index] = Letter.upperY
        found = true
      }
      index += 1
    }
    return found
  }

  /// The scalar values the algorithm names.
  enum Letter {
    static let apostrophe: UInt32 = 0x27
    static let upperY: UInt32 = 0x59
    static let a: UInt32 = 0x61
    static let e: UInt32 = 0x65
    static let i: UInt32 = 0x69
    static let l: UInt32 = 0x6C
    static let o: UInt32 = 0x6F
    static let s: UInt32 = 0x73
    static let t: UInt32 = 0x74
    static let u: UInt32 = 0x75
    static let w: UInt32 = 0x77
    static let x: UInt32 = 0x78
    static let y: UInt32 = 0x79
  }
}
