/// Identifier split of docs/search-index.md: a run of ASCII letters and digits written in
/// camelCase (`querySelectorAll`, `HTMLParser`) also gives its parts (query, selector, all;
/// html, parser), after the whole word, so that either finds the page.
enum CamelParts {
  /// Hands each part of every camelCase run in the UTF-8 `text` to `body`, lower-cased.
  static func forEach(
    in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var part: [UInt8] = []
    var start = 0
    while start < text.count {
      guard isAlphanumeric(text[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < text.count, isAlphanumeric(text[end]) { end += 1 }
      let cuts = boundaries(text, start, end)
      if !cuts.isEmpty {
        var from = start
        for cut in cuts + [end] {
          part = text[from..<cut].map(lowered)
          part.withUnsafeBufferPointer(body)
          from = cut
        }
      }
      start = end
    }
  }

  /// Offsets inside `start..<end` where a new part begins: a capital after a small letter or
  /// digit, or the last capital of a run of capitals followed by a small letter.
  private static func boundaries(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> [Int]
  {
    var cuts: [Int] = []
    var index = start + 1
    while index < end {
      let previous = text[index - 1]
      let byte = text[index]
      if isUpper(byte) {
        if isLower(previous) || isDigit(previous) {
          cuts.append(index)
        } else if isUpper(previous), index + 1 < end, isLower(text[index + 1]) {
          cuts.append(index)
        }
      }
      index += 1
    }
    return cuts
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  private static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isUpper(byte) || isLower(byte) || isDigit(byte)
  }
  private static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
}
