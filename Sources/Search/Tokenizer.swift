/// The search tokenizer of docs/search-index.md, shared with the JavaScript client.
public enum Tokenizer {
  /// The indexed words of `text`: lower-cased, `ё` → `е`, hyphenated words whole and then part
  /// by part, stop words and one-letter words (other than digits) removed; not stemmed.
  public static func words(in text: String) -> [String] {
    var result: [String] = []
    let scanner = WordScanner()
    TextInput.withUTF8(of: text) { bytes in
      scanner.scan(bytes) { word in
        if TermRule.isIndexed(word, scalars: scalarValues(ofUTF8: word)) {
          result.append(String(decoding: word, as: UTF8.self))
        }
      }
    }
    return result
  }

  /// The terms of `text`: its words (see `words(in:)`), each stemmed by the rule of its letters.
  public static func terms(in text: String) -> [String] {
    var result: [String] = []
    let scanner = WordScanner()
    TextInput.withUTF8(of: text) { bytes in
      scanner.scan(bytes) { word in
        if let term = TermRule.term(ofWord: word) {
          result.append(String(decoding: term, as: UTF8.self))
        }
      }
    }
    return result
  }

  /// The stop words (Russian and English), in code point order, as written to the entry file.
  public static let stopWords: [String] = StopWords.all
}
