/// Field weights of the scoring formula in docs/search-index.md.
enum FieldWeight {
  static let title: Int32 = 5
  static let tagsAndSubject: Int32 = 3
  static let people: Int32 = 3
  static let headings: Int32 = 2
  static let body: Int32 = 1
}

/// The weighted term frequencies of the documents one analyzer has seen, with terms
/// numbered locally, in the order the analyzer saw them.
struct AnalyzedDocuments {
  /// Start of each document's entries in the arrays below, plus the end.
  var entryStarts: [Int] = [0]
  /// Local term number of each entry.
  var termIDs: [Int32] = []
  /// Weighted term frequency of each entry.
  var frequencies: [Int32] = []
  /// When the entry's term occurs in the title, the number of distinct terms of that title
  /// (1…255: the client ranks a title that is all query words first), else 0.
  var inTitle: [UInt8] = []
  /// Weighted length of each document.
  var lengths: [Int] = []
  /// Id of each document (its position among the index's documents).
  var ids: [Int32] = []
}

extension AnalyzedDocuments {
  /// Appends the entries of the document `counts` holds, in the order its terms were first
  /// counted, and sets `counts` back to zero.
  mutating func append(_ counts: TermCounts, titleTerms: Int) {
    let titleSize = UInt8(clamping: max(titleTerms, 1))
    let first = termIDs.count
    let added = counts.touchedCount
    termIDs.append(contentsOf: UnsafeBufferPointer(start: counts.touched, count: added))
    frequencies.append(contentsOf: repeatElement(0, count: added))
    inTitle.append(contentsOf: repeatElement(0, count: added))
    frequencies.withUnsafeMutableBufferPointer { frequencies in
      inTitle.withUnsafeMutableBufferPointer { inTitle in
        var entry = first
        counts.drain { _, frequency, flag in
          frequencies[entry] = frequency
          inTitle[entry] = flag == 0 ? 0 : titleSize
          entry += 1
        }
      }
    }
  }
}

/// Tokenises and stems documents on one thread, caching each distinct word's term, and keeps
/// their weighted term frequencies.
struct DocumentAnalyzer {
  /// Distinct terms met so far, numbered locally.
  private(set) var terms = ByteStringTable(capacity: 1 << 14)
  /// What the analyzed documents hold.
  private(set) var analyzed = AnalyzedDocuments()
  /// The local term of each distinct word met so far (-1: not indexed).
  private let wordTerms = WordTermCache(capacity: 1 << 15)
  /// Per-term scratch of the current document.
  private let counts = TermCounts()
  private var length = 0
  /// Reads the pieces of text that `TextPieces` leaves to it.
  private let scanner = WordScanner()
  /// Where `TextPieces` lower-cases words.
  private let scratch = TextPieces.Scratch()

  /// Analyzes `document`, whose id is `id`.
  mutating func add(_ document: SearchDocument, id: Int) {
    var titleTerms = 0
    if document.searchWeight > 0 {
      add(document.title, weight: FieldWeight.title, isTitle: true)
      // The title is counted first, so every term touched so far is a title term.
      titleTerms = counts.touchedCount
      addWords(of: document)
    }
    analyzed.append(counts, titleTerms: titleTerms)
    analyzed.entryStarts.append(analyzed.termIDs.count)
    analyzed.lengths.append(length)
    analyzed.ids.append(Int32(truncatingIfNeeded: id))
    length = 0
  }

  /// Counts the words of every field of `document` but its title.
  private mutating func addWords(of document: SearchDocument) {
    for person in document.people {
      add(person, weight: FieldWeight.people)
    }
    for tag in document.tags {
      add(tag, weight: FieldWeight.tagsAndSubject)
    }
    if let subject = document.subject {
      add(subject, weight: FieldWeight.tagsAndSubject)
    }
    for heading in document.headings {
      add(heading, weight: FieldWeight.headings)
    }
    if let bytes = document.bodyUTF8 {
      TextInput.withUTF8(of: bytes) { add($0, weight: FieldWeight.body) }
    } else {
      add(document.body, weight: FieldWeight.body)
    }
  }

  private mutating func add(_ text: String, weight: Int32, isTitle: Bool = false) {
    TextInput.withUTF8(of: text) { add($0, weight: weight, isTitle: isTitle) }
  }

  /// Counts the words of UTF-8 `text` with `weight`: plain words straight from the text, the
  /// rest through the scanner.
  private mutating func add(
    _ text: UnsafeBufferPointer<UInt8>, weight: Int32, isTitle: Bool = false
  ) {
    guard let base = text.baseAddress else { return }
    var pieces = TextPieces(base: base, count: text.count, scratch: scratch)
    while let piece = pieces.next() {
      let word: UnsafeBufferPointer<UInt8>
      switch piece.kind {
      case .textWord:
        word = UnsafeBufferPointer(start: base + piece.start, count: piece.end - piece.start)
      case .scratchWord:
        word = UnsafeBufferPointer(start: scratch.bytes, count: piece.end - piece.start)
        count(word: word, weight: weight, isTitle: isTitle)
        let source = UnsafeBufferPointer(
          start: base + piece.sourceStart, count: piece.sourceEnd - piece.sourceStart)
        countCamelParts(source, weight, isTitle)
        continue
      case .mixed:
        let text = UnsafeBufferPointer(start: base + piece.start, count: piece.end - piece.start)
        countScanned(text, weight: weight, isTitle: isTitle)
        countCamelParts(text, weight, isTitle)
        continue
      }
      // The only place a plain word is counted, so that the count is inlined here.
      count(word: word, weight: weight, isTitle: isTitle)
    }
  }

  /// Counts the parts of the camelCase identifiers in `text`, the original text of a piece
  /// (only pieces with a capital letter can hold one).
  @inline(never)
  private mutating func countCamelParts(
    _ text: UnsafeBufferPointer<UInt8>, _ weight: Int32, _ isTitle: Bool
  ) {
    CamelParts.forEach(in: text) { count(word: $0, weight: weight, isTitle: isTitle) }
  }

  /// Counts with `weight` the words the scanner reads in `text`.
  @inline(never)
  private mutating func countScanned(
    _ text: UnsafeBufferPointer<UInt8>, weight: Int32, isTitle: Bool
  ) {
    scanner.scan(text)
    let scanned = scanner.wordBytes
    let words = scanner.words
    for index in 0..<words.count {
      let range = words.base[index]
      let word = UnsafeBufferPointer(
        start: scanned + Int(range.start), count: Int(range.end &- range.start))
      count(word: word, weight: weight, isTitle: isTitle)
    }
  }

  /// Counts one lower-cased word with `weight`.
  @inline(__always)
  private mutating func count(word: UnsafeBufferPointer<UInt8>, weight: Int32, isTitle: Bool) {
    let term = self.term(ofWord: word)
    guard term >= 0 else { return }
    counts.add(weight, to: term)
    if isTitle { counts.markInTitle(term) }
    length &+= Int(weight)
  }

  /// The local term number of a word (-1 when not indexed), from the cache or computed once.
  @inline(__always)
  private mutating func term(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32 {
    if let term = wordTerms.cachedTerm(of: word) { return term }
    let term = newTerm(ofWord: word)
    wordTerms.remember(word, term: term)
    return term
  }

  /// The local term number of a word met for the first time (-1 when not indexed); kept out of
  /// line so that the common path, a word met before, stays small.
  @inline(never)
  private mutating func newTerm(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard let bytes = TermRule.term(ofWord: word) else { return -1 }
    let (termIndex, isNewTerm) = bytes.withUnsafeBufferPointer { terms.index(of: $0) }
    if isNewTerm { counts.reserve(termIndex + 1) }
    return Int32(truncatingIfNeeded: termIndex)
  }
}
