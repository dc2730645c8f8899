/// Suffix lists, replacements and exceptional words of the English (Porter2) stemmer.
enum EnglishSuffixes {
  /// Step 2 suffixes; the group indexes `step2Replacements`.
  static let step2 = SuffixTable([
    (0, ["tional"]), (1, ["enci"]), (2, ["anci"]), (3, ["abli"]), (4, ["entli"]),
    (5, ["izer", "ization"]), (6, ["ational", "ation", "ator"]),
    (7, ["alism", "aliti", "alli"]), (8, ["fulness"]), (9, ["ousli", "ousness"]),
    (10, ["iveness", "iviti"]), (11, ["biliti", "bli"]), (12, ["ogist"]),
    (13, ["ogi"]), (14, ["fulli"]), (15, ["lessli"]), (16, ["li"]),
  ])

  /// Replacements of step 2 by group (13: only after `l`; 16: deleted after a li-ending).
  static let step2Replacements: [[UInt32]] = [
    "tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble", "og",
    "og", "ful", "less", "",
  ].map(scalars)

  /// Step 2 group replaced only when preceded by `l`.
  static let step2AfterL = 13
  /// Step 2 group deleted only when preceded by a valid li-ending.
  static let step2LiEnding = 16

  /// Step 3 suffixes; the group indexes `step3Replacements`.
  static let step3 = SuffixTable([
    (0, ["tional"]), (1, ["ational"]), (2, ["alize"]), (3, ["icate", "iciti", "ical"]),
    (4, ["ful", "ness"]), (5, ["ative"]),
  ])

  /// Replacements of step 3 by group (5: deleted only in R2).
  static let step3Replacements: [[UInt32]] = ["tion", "ate", "al", "ic", "", ""].map(scalars)

  /// Step 3 group deleted only in R2.
  static let step3InR2 = 5

  /// Step 4 suffixes: group 0 deleted in R2; group 1 (`ion`) only after `s` or `t`.
  static let step4 = SuffixTable([
    (
      0,
      [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize",
      ]
    ),
    (1, ["ion"]),
  ])

  /// Word beginnings after which R1 starts (overriding the usual definition).
  static let r1Prefixes: [[UInt32]] = [
    "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
  ].map(scalars)

  /// Words before `eed`/`eedly` that keep the suffix (proceed, exceed, succeed).
  static let eedExceptions: [[UInt32]] = ["proc", "exc", "succ"].map(scalars)

  /// Words before `ing` that keep the suffix (inning, outing, canning, herring, …).
  static let ingExceptions: [[UInt32]] = ["inn", "out", "cann", "herr", "earr", "even"].map(
    scalars)

  /// Doubles undoubled after `ed`/`ing` removal.
  static let doubles: [[UInt32]] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].map(
    scalars)

  /// Endings after which `e` is restored when `ed`/`ing` is removed.
  static let eRestoringEndings: [[UInt32]] = ["at", "bl", "iz"].map(scalars)

  /// Words stemmed specially, or (mapped to themselves) left invariant.
  private static let exceptions: [[UInt32]: [UInt32]] = {
    var table: [[UInt32]: [UInt32]] = [:]
    let changes = [
      ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
      ("early", "earli"), ("only", "onli"), ("singly", "singl"),
    ]
    for (word, stem) in changes { table[scalars(word)] = scalars(stem) }
    for word in ["sky", "news", "howe", "atlas", "cosmos", "bias", "andes"] {
      table[scalars(word)] = scalars(word)
    }
    return table
  }()

  /// The stem of an exceptional word, or nil for a word stemmed by the rules.
  static func exceptionalForm(of word: [UInt32]) -> [UInt32]? {
    guard word.count >= 3, word.count <= 6 else { return nil }
    return exceptions[word]
  }
}
