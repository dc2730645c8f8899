/// Field weights of the scoring formula in docs/search-index.md.
enum FieldWeight {
  static let title: Int32 = 5
  static let tagsAndSubject: Int32 = 3
  static let headings: Int32 = 2
  static let body: Int32 = 1
}

/// The weighted term frequencies of a run of documents, with terms numbered locally.
struct AnalyzedDocuments {
  /// Index of the analyzer (worker) whose local term numbers `termIDs` uses.
  var worker: Int
  /// Start of each document's entries in the arrays below, plus the end.
  var entryStarts: [Int] = [0]
  /// Local term number of each entry.
  var termIDs: [Int32] = []
  /// Weighted term frequency of each entry.
  var frequencies: [Int32] = []
  /// 1 when the entry's term occurs in the title.
  var inTitle: [UInt8] = []
  /// Weighted length of each document.
  var lengths: [Int] = []
}

/// Tokenises and stems documents on one thread, caching each distinct word's term.
struct DocumentAnalyzer {
  /// Index of this analyzer among the workers.
  let worker: Int
  /// Distinct terms met so far, numbered locally.
  private(set) var terms = ByteStringTable(capacity: 1 << 14)
  /// Distinct words met so far, and the local term of each (-1: not indexed).
  private var words = ByteStringTable(capacity: 1 << 15)
  private var wordTerms: [Int32] = []
  /// Per-term scratch of the current document.
  private var frequency: [Int32] = []
  private var titleFlag: [UInt8] = []
  private var touched: [Int32] = []
  private var length = 0

  init(worker: Int) {
    self.worker = worker
  }

  /// Analyzes `documents[range]` in order.
  mutating func analyze(_ documents: [SearchDocument], range: Range<Int>) -> AnalyzedDocuments {
    var result = AnalyzedDocuments(worker: worker)
    let scanner = WordScanner()
    for index in range {
      let document = documents[index]
      add(document.title, weight: FieldWeight.title, isTitle: true, scanner: scanner)
      for tag in document.tags {
        add(tag, weight: FieldWeight.tagsAndSubject, scanner: scanner)
      }
      if let subject = document.subject {
        add(subject, weight: FieldWeight.tagsAndSubject, scanner: scanner)
      }
      for heading in document.headings {
        add(heading, weight: FieldWeight.headings, scanner: scanner)
      }
      add(document.body, weight: FieldWeight.body, scanner: scanner)
      for term in touched {
        let id = Int(term)
        result.termIDs.append(term)
        result.frequencies.append(frequency[id])
        result.inTitle.append(titleFlag[id])
        frequency[id] = 0
        titleFlag[id] = 0
      }
      touched.removeAll(keepingCapacity: true)
      result.entryStarts.append(result.termIDs.count)
      result.lengths.append(length)
      length = 0
    }
    return result
  }

  private mutating func add(
    _ text: String, weight: Int32, isTitle: Bool = false, scanner: WordScanner
  ) {
    TextInput.withUTF8(of: text) { bytes in
      scanner.scan(bytes) { word in
        let term = self.term(ofWord: word)
        guard term >= 0 else { return }
        let id = Int(term)
        if frequency[id] == 0 { touched.append(term) }
        frequency[id] += weight
        if isTitle { titleFlag[id] = 1 }
        length += Int(weight)
      }
    }
  }

  /// The local term number of a word (-1 when not indexed), from the cache or computed once.
  private mutating func term(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (wordIndex, isNew) = words.index(of: word)
    if !isNew { return wordTerms[wordIndex] }
    var term: Int32 = -1
    if let bytes = TermRule.term(ofWord: word) {
      let (termIndex, isNewTerm) = bytes.withUnsafeBufferPointer { terms.index(of: $0) }
      if isNewTerm {
        frequency.append(0)
        titleFlag.append(0)
      }
      term = Int32(truncatingIfNeeded: termIndex)
    }
    wordTerms.append(term)
    return term
  }
}
