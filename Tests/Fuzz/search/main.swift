// libFuzzer entry for the Search module's text side. Built together with Sources/Search in
// one swiftc invocation (see ../run.sh).
#if canImport(Search)
  import Search
#endif

/// The input as text: split into words and terms, each word stemmed by the Russian and the
/// English stemmer, and stems checked to be no longer than their words. Any crash, hang
/// or stem longer than its word is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func searchFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let words = Tokenizer.words(in: text)
  _ = Tokenizer.terms(in: text)
  for word in words.prefix(2000) {
    let scalars = word.unicodeScalars.count
    if RussianStemmer.stem(word).unicodeScalars.count > scalars {
      fatalError("the Russian stem of '\(word)' is longer than the word")
    }
    if EnglishStemmer.stem(word).unicodeScalars.count > scalars {
      fatalError("the English stem of '\(word)' is longer than the word")
    }
  }
  return 0
}
