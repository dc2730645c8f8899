import Text

/// The search tokenizer of docs/search-index.md, shared with the JavaScript client.
public enum Tokenizer {
  /// The indexed words of `text`: lower-cased, `ё` → `е`, hyphenated words whole and then part
  /// by part, camelCase identifiers whole and then part by part, one-letter words (other than
  /// digits) removed; not stemmed.
  public static func words(in text: String) -> [String] {
    var result: [String] = []
    forEachWord(in: text) { word in
      if TermRule.isIndexed(word, scalars: UTF8Text.scalarValues(of: word)) {
        result.append(String(decoding: word, as: UTF8.self))
      }
    }
    return result
  }

  /// Every lower-cased word of `text`; after the words between two ASCII separators, the parts
  /// of the camelCase identifiers among them.
  static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let scanner = WordScanner()
    TextInput.withUTF8(of: text) { bytes in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count, !TextPieces.isSeparator(bytes[end]) { end += 1 }
        if end > start {
          let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
          scanner.scan(piece, emit: body)
          CamelParts.forEach(in: piece, body)
        }
        start = end + 1
      }
    }
  }

  /// The terms of `text`: its words (see `words(in:)`), each stemmed by the rule of its letters.
  public static func terms(in text: String) -> [String] {
    var result: [String] = []
    forEachWord(in: text) { word in
      if let term = TermRule.term(ofWord: word) {
        result.append(String(decoding: term, as: UTF8.self))
      }
    }
    return result
  }

  /// The stop words (Russian and English), in code point order, as written to the entry file.
  public static let stopWords: [String] = StopWords.all
}
