import Text

/// Tokenizer steps 4–5: drops one-letter words and stems the rest. Stop words are kept (in
/// technical text «this» or «all» is the subject); their low idf weighs them down.
enum TermRule {
  /// The term (stem) of a lower-cased word, or nil when the word is not indexed.
  static func term(ofWord bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var scalars = UTF8Text.scalarValues(of: bytes)
    guard isIndexed(bytes, scalars: scalars) else { return nil }
    switch language(of: scalars) {
    case .russian:
      RussianStemmer.stem(&scalars)
    case .english:
      EnglishStemmer.stem(&scalars)
    case .none:
      return Array(bytes)
    }
    return UTF8Text.bytes(of: scalars)
  }

  /// Whether a lower-cased word is indexed: not one letter (one digit is).
  static func isIndexed(_ bytes: UnsafeBufferPointer<UInt8>, scalars: [UInt32]) -> Bool {
    !(scalars.count == 1 && !ScalarClass.isNumber(scalars[0]))
  }

  /// Which stemmer a word goes to.
  enum Language {
    case russian
    case english
    case none
  }

  /// A word with a Cyrillic letter (U+0400–U+052F) is Russian unless it has a Kazakh-only
  /// letter; a word of letters a–z (and hyphens) is English; anything else is not stemmed.
  static func language(of scalars: [UInt32]) -> Language {
    var cyrillic = false
    var latin = true
    for value in scalars {
      if value >= 0x400, value <= 0x52F {
        if isKazakhOnly(value) { return .none }
        cyrillic = true
      }
      if (value &- 0x61) >= 26, value != 0x2D { latin = false }
    }
    if cyrillic { return .russian }
    return latin ? .english : .none
  }

  /// ә ғ қ ң ө ұ ү һ і.
  private static func isKazakhOnly(_ value: UInt32) -> Bool {
    switch value {
    case 0x4D9, 0x493, 0x49B, 0x4A3, 0x4E9, 0x4B1, 0x4AF, 0x4BB, 0x456: return true
    default: return false
    }
  }
}
