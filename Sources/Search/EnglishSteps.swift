/// Steps 1a–5 of the English (Porter2) stemmer over a word whose consonant `y`s are marked `Y`.
struct EnglishSteps {
  private typealias Letter = EnglishStemmer.Letter

  /// The word being stemmed.
  private(set) var word: [UInt32]
  /// Start of region R1.
  private let r1: Int
  /// Start of region R2.
  private let r2: Int

  init(word: [UInt32]) {
    self.word = word
    let count = word.count
    var r1 = count
    var r2 = count
    if let prefix = EnglishSuffixes.r1Prefixes.first(where: { word.starts(with: $0) }) {
      r1 = prefix.count
    } else if let start = Self.regionStart(in: word, from: 0) {
      r1 = start
    }
    if r1 < count, let start = Self.regionStart(in: word, from: r1) {
      r2 = start
    }
    self.r1 = r1
    self.r2 = r2
  }

  /// Runs steps 1a to 5.
  mutating func run() {
    step1a()
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
  }

  private mutating func step1a() {
    if word.hasSuffix(Suffix.apostropheSApostrophe) {
      word.removeLast(3)
    } else if word.hasSuffix(Suffix.apostropheS) {
      word.removeLast(2)
    } else if word.last == Letter.apostrophe {
      word.removeLast()
    }
    let count = word.count
    if word.hasSuffix(Suffix.sses) {
      word.removeLast(2)
    } else if word.hasSuffix(Suffix.ied) || word.hasSuffix(Suffix.ies) {
      // `i` after two or more letters, else `ie` (ties → tie, cries → cri).
      word.removeLast(count - 3 >= 2 ? 2 : 1)
    } else if word.hasSuffix(Suffix.us) || word.hasSuffix(Suffix.ss) {
      return
    } else if word.last == Letter.s, count >= 2, word[0..<(count - 2)].contains(where: Self.isVowel)
    {
      word.removeLast()
    }
  }

  private mutating func step1b() {
    let count = word.count
    if let suffix = [Suffix.eedly, Suffix.eed].first(where: { word.hasSuffix($0) }) {
      let start = count - suffix.count
      if start >= r1,
        !EnglishSuffixes.eedExceptions.contains(where: { isWhole($0, endingAt: start) })
      {
        word.removeLast(suffix.count - 2)
      }
      return
    }
    guard
      let suffix = [Suffix.ingly, Suffix.edly, Suffix.ing, Suffix.ed].first(where: {
        word.hasSuffix($0)
      })
    else { return }
    let start = count - suffix.count
    if suffix == Suffix.ing {
      if start == 2, word[1] == Letter.y, !Self.isVowel(word[0]) {
        word.replaceSubrange(1..., with: Suffix.ie)
        return
      }
      if EnglishSuffixes.ingExceptions.contains(where: { isWhole($0, endingAt: start) }) { return }
    }
    guard word[0..<start].contains(where: Self.isVowel) else { return }
    word.removeLast(suffix.count)
    let length = word.count
    if EnglishSuffixes.eRestoringEndings.contains(where: { word.hasSuffix($0) }) {
      word.append(Letter.e)
    } else if EnglishSuffixes.doubles.contains(where: { word.hasSuffix($0) }) {
      let exact = length == 3 && [Letter.a, Letter.e, Letter.o].contains(word[0])
      if !exact { word.removeLast() }
    } else if length == r1, endsWithShortSyllable(at: length) {
      word.append(Letter.e)
    }
  }

  private mutating func step1c() {
    let count = word.count
    guard count >= 3, word[count - 1] == Letter.y || word[count - 1] == Letter.upperY,
      !Self.isVowel(word[count - 2])
    else { return }
    word[count - 1] = Letter.i
  }

  private mutating func step2() {
    guard let match = EnglishSuffixes.step2.longestMatch(in: word, end: word.count, limit: 0),
      match.start >= r1
    else { return }
    if match.group == EnglishSuffixes.step2AfterL {
      guard match.start > 0, word[match.start - 1] == Letter.l else { return }
    } else if match.group == EnglishSuffixes.step2LiEnding {
      guard match.start > 0, Self.isValidLiEnding(word[match.start - 1]) else { return }
    }
    word.replaceSubrange(match.start..., with: EnglishSuffixes.step2Replacements[match.group])
  }

  private mutating func step3() {
    guard let match = EnglishSuffixes.step3.longestMatch(in: word, end: word.count, limit: 0),
      match.start >= r1
    else { return }
    if match.group == EnglishSuffixes.step3InR2, match.start < r2 { return }
    word.replaceSubrange(match.start..., with: EnglishSuffixes.step3Replacements[match.group])
  }

  private mutating func step4() {
    guard let match = EnglishSuffixes.step4.longestMatch(in: word, end: word.count, limit: 0),
      match.start >= r2
    else { return }
    if match.group == 1 {
      guard match.start > 0, word[match.start - 1] == Letter.s || word[match.start - 1] == Letter.t
      else { return }
    }
    word.removeSubrange(match.start...)
  }

  private mutating func step5() {
    let start = word.count - 1
    guard start >= 0 else { return }
    if word[start] == Letter.e {
      if start >= r2 || (start >= r1 && !endsWithShortSyllable(at: start)) {
        word.removeLast()
      }
    } else if word[start] == Letter.l, start >= r2, start > 0, word[start - 1] == Letter.l {
      word.removeLast()
    }
  }

  /// Whether the part of the word before `end` ends with a short syllable (or `past`).
  private func endsWithShortSyllable(at end: Int) -> Bool {
    if end >= 3, !Self.isVowelOrWXY(word[end - 1]), Self.isVowel(word[end - 2]),
      !Self.isVowel(word[end - 3])
    {
      return true
    }
    if end == 2, !Self.isVowel(word[1]), Self.isVowel(word[0]) { return true }
    return word.hasSuffix(Suffix.past, endingAt: end)
  }

  /// Whether `prefix` is exactly the part of the word before `end`.
  private func isWhole(_ prefix: [UInt32], endingAt end: Int) -> Bool {
    end == prefix.count && word.hasSuffix(prefix, endingAt: end)
  }

  /// The index after the first non-vowel that follows a vowel, at or after `from`.
  private static func regionStart(in word: [UInt32], from: Int) -> Int? {
    var index = from
    while index < word.count, !isVowel(word[index]) { index += 1 }
    index += 1
    while index < word.count, isVowel(word[index]) { index += 1 }
    return index < word.count ? index + 1 : nil
  }

  /// a e i o u y.
  static func isVowel(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
    default: return false
    }
  }

  private static func isVowelOrWXY(_ scalar: UInt32) -> Bool {
    isVowel(scalar) || scalar == Letter.w || scalar == Letter.x || scalar == Letter.upperY
  }

  /// c d e g h k m n r t.
  private static func isValidLiEnding(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
    default: return false
    }
  }

  /// Suffixes and strings the steps test for.
  private enum Suffix {
    static let apostropheSApostrophe = scalars("'s'")
    static let apostropheS = scalars("'s")
    static let sses = scalars("sses")
    static let ied = scalars("ied")
    static let ies = scalars("ies")
    static let us = scalars("us")
    static let ss = scalars("ss")
    static let eed = scalars("eed")
    static let eedly = scalars("eedly")
    static let ed = scalars("ed")
    static let edly = scalars("edly")
    static let ing = scalars("ing")
    static let ingly = scalars("ingly")
    static let ie = scalars("ie")
    static let past = scalars("past")
  }
}
