/// The Snowball Russian stemmer (snowballstem.org/algorithms/russian/stemmer.html).
///
/// Written from the published description. It first maps `ё` to `е`, as the current
/// Snowball version does. Letters other than the 33 Russian ones count as non-vowels.
public enum RussianStemmer {
  /// The stem of a lower-case Russian word.
  public static func stem(_ word: String) -> String {
    var scalars = word.unicodeScalars.map(\.value)
    stem(&scalars)
    return string(fromScalars: scalars)
  }

  /// Stems a word given as Unicode scalar values, in place.
  static func stem(_ word: inout [UInt32]) {
    for index in word.indices where word[index] == Letter.yo {
      word[index] = Letter.ye
    }
    let (rv, r2) = regions(of: word)
    removeInflection(&word, rv: rv)
    if word.count > rv, word.last == Letter.i {
      word.removeLast()
    }
    if let match = RussianSuffixes.derivational.longestMatch(in: word, end: word.count, limit: rv),
      match.start >= r2
    {
      word.removeSubrange(match.start...)
    }
    tidyUp(&word, rv: rv)
  }

  /// Start of RV (after the first vowel) and of R2.
  private static func regions(of word: [UInt32]) -> (rv: Int, r2: Int) {
    let count = word.count
    guard let rv = position(after: isVowel, in: word, from: 0) else { return (count, count) }
    guard let r1 = position(after: { !isVowel($0) }, in: word, from: rv),
      let vowelInR1 = position(after: isVowel, in: word, from: r1),
      let r2 = position(after: { !isVowel($0) }, in: word, from: vowelInR1)
    else { return (rv, count) }
    return (rv, r2)
  }

  /// Step 1: perfective gerund, or else reflexive then adjectival, verb or noun ending.
  private static func removeInflection(_ word: inout [UInt32], rv: Int) {
    if let match = RussianSuffixes.perfectiveGerund.longestMatch(
      in: word, end: word.count, limit: rv),
      match.group == 2 || followsAOrYa(word, match.start, rv: rv)
    {
      word.removeSubrange(match.start...)
      return
    }
    if let match = RussianSuffixes.reflexive.longestMatch(in: word, end: word.count, limit: rv) {
      word.removeSubrange(match.start...)
    }
    if removeAdjectival(&word, rv: rv) { return }
    if let match = RussianSuffixes.verb.longestMatch(in: word, end: word.count, limit: rv),
      match.group == 2 || followsAOrYa(word, match.start, rv: rv)
    {
      word.removeSubrange(match.start...)
      return
    }
    if let match = RussianSuffixes.noun.longestMatch(in: word, end: word.count, limit: rv) {
      word.removeSubrange(match.start...)
    }
  }

  /// Removes an adjective ending and then, if present, a participle suffix.
  private static func removeAdjectival(_ word: inout [UInt32], rv: Int) -> Bool {
    guard let match = RussianSuffixes.adjective.longestMatch(in: word, end: word.count, limit: rv)
    else { return false }
    word.removeSubrange(match.start...)
    if let participle = RussianSuffixes.participle.longestMatch(
      in: word, end: word.count, limit: rv),
      participle.group == 2 || followsAOrYa(word, participle.start, rv: rv)
    {
      word.removeSubrange(participle.start...)
    }
    return true
  }

  /// Step 4: `нн` → `н`, superlative `ейш(е)` removed, final `ь` removed.
  private static func tidyUp(_ word: inout [UInt32], rv: Int) {
    guard let match = RussianSuffixes.tidyUp.longestMatch(in: word, end: word.count, limit: rv)
    else { return }
    switch match.group {
    case 1:
      word.removeSubrange(match.start...)
      if endsWithDoubleN(word, rv: rv) { word.removeLast() }
    case 2:
      if endsWithDoubleN(word, rv: rv) { word.removeLast() }
    default:
      word.removeLast()
    }
  }

  private static func endsWithDoubleN(_ word: [UInt32], rv: Int) -> Bool {
    let count = word.count
    return count - 2 >= rv && word[count - 1] == Letter.en && word[count - 2] == Letter.en
  }

  /// Whether the scalar before `start` is `а` or `я` and lies in RV.
  private static func followsAOrYa(_ word: [UInt32], _ start: Int, rv: Int) -> Bool {
    guard start - 1 >= rv else { return false }
    return word[start - 1] == Letter.a || word[start - 1] == Letter.ya
  }

  /// The index just after the first scalar at or after `from` that satisfies `test`.
  private static func position(
    after test: (UInt32) -> Bool, in word: [UInt32], from: Int
  ) -> Int? {
    var index = from
    while index < word.count {
      if test(word[index]) { return index + 1 }
      index += 1
    }
    return nil
  }

  /// а е и о у ы э ю я.
  static func isVowel(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x430, 0x435, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F: return true
    default: return false
    }
  }

  /// Scalar values of the letters the algorithm names.
  enum Letter {
    static let a: UInt32 = 0x430
    static let ye: UInt32 = 0x435
    static let i: UInt32 = 0x438
    static let en: UInt32 = 0x43D
    static let ya: UInt32 = 0x44F
    static let yo: UInt32 = 0x451
  }
}

/// A string made of scalar values (invalid values are skipped).
func string(fromScalars values: [UInt32]) -> String {
  var view = String.UnicodeScalarView()
  for value in values {
    if let scalar = Unicode.Scalar(value) { view.append(scalar) }
  }
  return String(view)
}
