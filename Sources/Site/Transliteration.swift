/// The transliteration tables behind ``Slug``.
enum Transliteration {
  /// Cyrillic (Russian, Kazakh, Ukrainian and Belarusian letters) to Latin, Yandex style:
  /// щ→shch, ж→zh, х→kh, ц→ts, ю→yu, я→ya, ё→yo, й→y; ъ and ь vanish.
  static let table: [UInt32: [UInt8]] = {
    let lower: [(Character, String)] = [
      ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"),
      ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"),
      ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"),
      ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"),
      ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"),
      // Kazakh
      ("ә", "a"), ("ғ", "gh"), ("қ", "q"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"),
      ("һ", "h"), ("і", "i"),
      // Ukrainian and Belarusian
      ("є", "ye"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"),
    ]
    var table: [UInt32: [UInt8]] = [:]
    for (letter, latin) in lower {
      let scalar = letter.unicodeScalars.first!.value
      table[scalar] = Array(latin.utf8)
      let upper = Character(letter.uppercased()).unicodeScalars.first!.value
      table[upper] = Array(latin.utf8)
    }
    return table
  }()

  /// The Cyrillic block (U+0400…U+04FF) as a flat table of ``table``'s entries, nil where
  /// it has none.
  private static let cyrillicBlock: [[UInt8]?] = (0x400..<0x500).map { table[UInt32($0)] }

  /// The Latin bytes of a Cyrillic letter of ``table`` (empty for ъ and ь), or nil for any
  /// other character.
  @inline(__always)
  static func cyrillic(_ value: UInt32) -> [UInt8]? {
    guard value >= 0x400 && value < 0x500 else { return nil }
    return cyrillicBlock[Int(value - 0x400)]
  }

  /// Latin letters with diacritics (é, ü, ñ…) folded to their base letter.
  static func latinFolding(_ value: UInt32) -> [UInt8]? {
    guard (0xC0...0x24F).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
    let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
    guard let base = decomposed.unicodeScalars.first, base.isASCII else {
      switch value {
      case 0xDF: return Array("ss".utf8)
      case 0xE6, 0xC6: return Array("ae".utf8)
      case 0xF8, 0xD8: return [UInt8(ascii: "o")]
      default: return nil
      }
    }
    let byte = UInt8(base.value)
    switch byte {
    case 0x41...0x5A: return [byte + 0x20]
    case 0x61...0x7A: return [byte]
    default: return nil
    }
  }
}
