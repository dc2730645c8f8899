import Text

/// Splits UTF-8 text into lower-cased words (tokenizer steps 1–3 of docs/search-index.md).
///
/// A word is a run of letters and numbers; runs joined by single hyphens (`-`) form a
/// hyphenated word, reported whole and then part by part. Words are lower-cased with `ё` → `е`;
/// stop words and one-letter words are not filtered here.
final class WordScanner {
  /// Lower-cased bytes of the words of the text last scanned, back to back.
  ///
  /// A scanner is used by one thread at a time, so its state skips the run-time exclusivity
  /// checks, which would otherwise cost more than the per-word work itself.
  @exclusivity(unchecked) private var word = ByteBuffer(capacity: 256)
  /// Offset in `word` of the word being read.
  @exclusivity(unchecked) private var wordStart = 0
  /// End offset in `word` of each hyphen-separated part.
  @exclusivity(unchecked) private var partEnds: [Int] = []
  /// Where each word of the text last scanned lies in `word`, in order.
  @exclusivity(unchecked) private var ranges = WordRanges()

  /// Lower-cased bytes of the words of the text last scanned; `words` tells where each lies.
  /// Valid until the next scan.
  var wordBytes: UnsafePointer<UInt8> { word.start }

  /// Where each word of the text last scanned lies in `wordBytes`, in order.
  var words: WordRanges { ranges }

  init() {}

  deinit {
    ranges.deallocate()
  }

  /// Calls `emit` with the bytes of every word of `text`, in order.
  func scan(
    _ text: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    scan(text)
    let words = ranges
    for index in 0..<words.count {
      let range = words.base[index]
      emit(
        UnsafeBufferPointer(
          start: word.start + Int(range.start), count: Int(range.end - range.start)))
    }
  }

  /// Reads every word of `text` into `word` and `words`, replacing those of the last text.
  func scan(_ text: UnsafeBufferPointer<UInt8>) {
    word.removeAll()
    ranges.removeAll()
    guard let base = text.baseAddress else { return }
    let count = text.count
    var index = 0
    var inWord = false
    var previousIsCased = false
    while index < count {
      let lead = base[index]
      if Self.startsPlainLetter(base, at: index, count: count) {
        if !inWord {
          startWord()
          inWord = true
        }
        let run = appendPlainRun(base, from: index, count: count)
        index = run.end
        previousIsCased = run.lastIsCased
        continue
      }
      if lead < 0x80, lead != 0x2D {
        // Other ASCII except the hyphen ends the word.
        if inWord {
          finishWord()
          inWord = false
        }
        previousIsCased = false
        index += 1
        continue
      }
      let (value, size) = UTF8Text.decode(text, at: index)
      if ScalarClass.isWordScalar(value) {
        if !inWord {
          startWord()
          inWord = true
        }
        if value < 0x80 {
          word.append(UInt8(value) | (value &- 0x41 < 26 ? 0x20 : 0))
          previousIsCased = value > 0x39
        } else if value >= 0x400, value <= 0x52F {
          append(Cyrillic.folded(value))
          previousIsCased = true
        } else {
          appendOther(value, text: text, next: index + size, previousIsCased: previousIsCased)
          previousIsCased = ScalarClass.isCased(value)
        }
        index += size
        continue
      }
      if inWord, value == 0x2D, index + 1 < count,
        ScalarClass.isWordScalar(UTF8Text.decode(text, at: index + 1).value)
      {
        partEnds.append(word.count)
        append(0x2D)
      } else if inWord {
        finishWord()
        inWord = false
      }
      previousIsCased = false
      index += size
    }
    if inWord { finishWord() }
  }

  /// Lower-cases a scalar outside ASCII and Cyrillic; capital sigma becomes final `ς` when it
  /// follows a cased letter and no cased letter follows it.
  private func appendOther(
    _ value: UInt32, text: UnsafeBufferPointer<UInt8>, next: Int, previousIsCased: Bool
  ) {
    if value == 0x3A3, previousIsCased {
      let following = next < text.count ? UTF8Text.decode(text, at: next).value : 0
      if !ScalarClass.isCased(following) {
        append(0x3C2)
        return
      }
    }
    for scalar in ScalarClass.lowercaseOther(value) {
      append(scalar.value)
    }
  }

  /// Empties the word buffer for a new word.
  @inline(__always)
  private func startWord() {
    wordStart = word.count
    if !partEnds.isEmpty { partEnds.removeAll(keepingCapacity: true) }
  }

  /// Whether the scalar at `index` is an ASCII letter or digit, or a letter of U+0400–U+047F
  /// (lead byte `D0` or `D1`): the letters `appendPlainRun` reads.
  @inline(__always)
  private static func startsPlainLetter(
    _ base: UnsafePointer<UInt8>, at index: Int, count: Int
  ) -> Bool {
    let lead = base[index]
    if lead < 0x80 { return (lead &- 0x30) < 10 || ((lead | 0x20) &- 0x61) < 26 }
    return lead & 0xFE == 0xD0 && index + 1 < count && base[index + 1] & 0xC0 == 0x80
  }

  /// Appends, lower-cased, the run of plain letters (see `startsPlainLetter`) starting at
  /// `start`; returns where the appended letters end
  /// and whether the last of them is cased.
  ///
  /// The same as decoding each scalar and lower-casing it with `ScalarClass`. Lower-casing
  /// keeps every plain letter's byte count, so the byte read at `index` is written at
  /// `index - start` past the word's end, and the buffer is checked once per run.
  @inline(__always)
  private func appendPlainRun(
    _ base: UnsafePointer<UInt8>, from start: Int, count: Int
  ) -> (end: Int, lastIsCased: Bool) {
    word.reserve(count - start)
    let out = word.end
    var index = start
    var lastIsCased = false
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        guard (lead &- 0x30) < 10 || ((lead | 0x20) &- 0x61) < 26 else { break }
        out[index - start] = lead | (lead &- 0x41 < 26 ? 0x20 : 0)
        lastIsCased = lead > 0x39
        index += 1
        continue
      }
      if index + 8 <= count, let four = Cyrillic.fourLowerBasicLetters(base + index) {
        UnsafeMutableRawPointer(out + (index - start)).storeBytes(of: four, as: UInt64.self)
        lastIsCased = true
        index += 8
        continue
      }
      if index + 4 <= count, let two = Cyrillic.twoLowerBasicLetters(base + index) {
        UnsafeMutableRawPointer(out + (index - start)).storeBytes(of: two, as: UInt32.self)
        lastIsCased = true
        index += 4
        continue
      }
      guard index + 1 < count else { break }
      let second = base[index + 1]
      let isLower: Bool
      if lead == 0xD0 {
        // D0 B0–BF: а–п, already lower-case; D0 80–AF: capitals.
        guard second & 0xC0 == 0x80 else { break }
        isLower = second >= 0xB0
      } else if lead == 0xD1 {
        // D1 80–8F: р–я, already lower-case; D1 90–BF: ё and older letters.
        guard second & 0xC0 == 0x80 else { break }
        isLower = second < 0x90
      } else {
        break
      }
      if isLower {
        out[index - start] = lead
        out[index - start + 1] = second
      } else {
        let value = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
        let lower = Cyrillic.folded(value)
        out[index - start] = UInt8(truncatingIfNeeded: 0xC0 | (lower >> 6))
        out[index - start + 1] = UInt8(truncatingIfNeeded: 0x80 | (lower & 0x3F))
      }
      lastIsCased = true
      index += 2
    }
    word.commit(index - start)
    return (index, lastIsCased)
  }

  /// Lists the word just read, then each of its hyphen-separated parts.
  private func finishWord() {
    ranges.append(start: wordStart, end: word.count)
    guard !partEnds.isEmpty else { return }
    var start = wordStart
    for end in partEnds {
      ranges.append(start: start, end: end)
      start = end + 1
    }
    ranges.append(start: start, end: word.count)
  }

  /// Appends the UTF-8 encoding of a scalar value to `word`.
  @inline(__always)
  private func append(_ value: UInt32) {
    word.reserve(4)
    word.commit(UTF8Text.encode(value, into: word.end))
  }
}
