import Text

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
      guard ASCII.isAlphanumeric(text[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < text.count, ASCII.isAlphanumeric(text[end]) { end += 1 }
      let cuts = boundaries(text, start, end)
      if !cuts.isEmpty {
        var from = start
        for cut in cuts + [end] {
          part = text[from..<cut].map(ASCII.lowercased)
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
      if ASCII.isUpper(byte) {
        if ASCII.isLower(previous) || ASCII.isDigit(previous) {
          cuts.append(index)
        } else if ASCII.isUpper(previous), index + 1 < end, ASCII.isLower(text[index + 1]) {
          cuts.append(index)
        }
      }
      index += 1
    }
    return cuts
  }
}
