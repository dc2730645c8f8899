/// The ending classes of the Snowball Russian stemmer.
///
/// Group 1 endings are removed only after `а` or `я` (which stay); group 2 endings are removed
/// unconditionally. For `tidyUp`: 1 superlative, 2 `н` (after another `н`), 3 soft sign.
enum RussianSuffixes {
  static let perfectiveGerund = SuffixTable([
    (1, ["в", "вши", "вшись"]),
    (2, ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]),
  ])

  static let adjective = SuffixTable([
    (
      2,
      [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
        "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
      ]
    )
  ])

  static let participle = SuffixTable([
    (1, ["ем", "нн", "вш", "ющ", "щ"]),
    (2, ["ивш", "ывш", "ующ"]),
  ])

  static let reflexive = SuffixTable([(2, ["ся", "сь"])])

  static let verb = SuffixTable([
    (
      1,
      [
        "ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть",
        "ешь", "нно",
      ]
    ),
    (
      2,
      [
        "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им",
        "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть",
        "ишь", "ую", "ю",
      ]
    ),
  ])

  static let noun = SuffixTable([
    (
      2,
      [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей",
        "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы",
        "ь", "ию", "ью", "ю", "ия", "ья", "я",
      ]
    )
  ])

  static let derivational = SuffixTable([(2, ["ост", "ость"])])

  static let tidyUp = SuffixTable([
    (1, ["ейш", "ейше"]),
    (2, ["н"]),
    (3, ["ь"]),
  ])
}
