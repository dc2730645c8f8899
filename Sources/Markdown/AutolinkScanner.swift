import Text

/// Finds GFM extended autolinks in text: `www.` addresses, `http://`, `https://` and
/// `ftp://` URLs, and e-mail addresses, with GFM's rules for the domain, the trailing
/// punctuation and parentheses.
enum AutolinkScanner {
  /// One address found in the text.
  struct Match: Equatable {
    /// The bytes of the text the link covers.
    var range: Range<Int>
    /// What the link's destination starts with before the text (`http://`, `mailto:`).
    var prefix: String
  }

  /// The addresses in `bytes`, in order. `startAllowsWWW` tells whether a `www.` at the very
  /// start may begin a link (the character before it is white space, `*`, `_`, `~` or `(`).
  static func matches(in bytes: UnsafeBufferPointer<UInt8>, startAllowsWWW: Bool) -> [Match] {
    var result: [Match] = []
    var segmentStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var found: Match?
      if byte == UInt8(ascii: "w") {
        found = www(
          bytes, at: index, allowed: index == 0 ? startAllowsWWW : wwwMayFollow(bytes[index - 1]))
      } else if byte == UInt8(ascii: ":") {
        found = url(bytes, colon: index, earliest: segmentStart)
      }
      if let match = found {
        result += emails(bytes, segmentStart..<match.range.lowerBound)
        result.append(match)
        index = match.range.upperBound
        segmentStart = index
      } else {
        index += 1
      }
    }
    result += emails(bytes, segmentStart..<bytes.count)
    return result
  }

  /// Whether a `www.` link may follow this character.
  static func wwwMayFollow(_ byte: UInt8) -> Bool {
    ASCII.isSpace(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "(")
  }

  private static func www(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, allowed: Bool)
    -> Match?
  {
    guard allowed, start + 4 <= bytes.count, bytes[start + 1] == UInt8(ascii: "w"),
      bytes[start + 2] == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
    else { return nil }
    guard domainLength(bytes, from: start, requireDot: true) > 0 else { return nil }
    let end = trimmedEnd(bytes, start, untilSpace(bytes, from: start))
    return end > start + 4 ? Match(range: start..<end, prefix: "http://") : nil
  }

  private static func url(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, earliest: Int) -> Match?
  {
    guard colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"),
      bytes[colon + 2] == UInt8(ascii: "/")
    else { return nil }
    var start = colon
    while start > earliest && ASCII.isLetter(bytes[start - 1]) { start -= 1 }
    guard isScheme(bytes, start..<colon) else { return nil }
    let host = colon + 3
    guard CharacterClass.after(bytes, at: host) == .other else { return nil }
    guard domainLength(bytes, from: host, requireDot: false) > 0 else { return nil }
    let end = trimmedEnd(bytes, start, untilSpace(bytes, from: host))
    return end > host ? Match(range: start..<end, prefix: "") : nil
  }

  /// Whether the letters are `http`, `https` or `ftp` in any case.
  private static func isScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let schemes: [[UInt8]] = [Array("http".utf8), Array("https".utf8), Array("ftp".utf8)]
    return schemes.contains { scheme in
      scheme.count == range.count && zip(scheme, range).allSatisfy { $0 == bytes[$1] | 0x20 }
    }
  }

  /// GFM's domain check from `start`: characters that are neither white space nor
  /// punctuation (or `-`, `_`, `.`), no `_` in the last two labels; with `requireDot`, at least
  /// one `.`. Returns the length checked, 0 when the domain is not valid.
  private static func domainLength(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, requireDot: Bool
  ) -> Int {
    var index = start + 1
    var dots = 0
    var underscoresBefore = 0
    var underscores = 0
    while index < bytes.count - 1 {
      let byte = bytes[index]
      if byte == UInt8(ascii: "_") {
        underscores += 1
        index += 1
      } else if byte == UInt8(ascii: ".") {
        underscoresBefore = underscores
        underscores = 0
        dots += 1
        index += 1
      } else if byte == UInt8(ascii: "-") {
        index += 1
      } else if byte < 0x80 {
        guard CharacterClass.ascii(byte) == .other else { break }
        index += 1
      } else {
        let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
        guard CharacterClass(scalar) == .other else { break }
        index += length
      }
    }
    if underscoresBefore > 0 || underscores > 0 { return 0 }
    if requireDot && dots == 0 { return 0 }
    return index - start
  }

  /// E-mail addresses in `segment`: a local part of letters, digits and `.+-_`, one `@`, a
  /// domain with at least one inner `.`, ending in a letter (or a trailing `.`).
  private static func emails(_ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>) -> [Match]
  {
    var result: [Match] = []
    var offset = segment.lowerBound
    while offset < segment.upperBound {
      var at = offset
      while at < segment.upperBound && bytes[at] != UInt8(ascii: "@") { at += 1 }
      guard at < segment.upperBound else { break }
      var start = at
      var slash = false
      while start > offset {
        let byte = bytes[start - 1]
        if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        {
          start -= 1
          continue
        }
        slash = byte == UInt8(ascii: "/")
        break
      }
      if start < at && !slash, let end = emailEnd(bytes, at: at, limit: segment.upperBound) {
        result.append(Match(range: start..<end, prefix: "mailto:"))
        offset = end
      } else {
        offset = at + 1
      }
    }
    return result
  }

  /// Where the domain part of an address starting at the `@` at `at` ends, if it is valid.
  private static func emailEnd(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, limit: Int) -> Int? {
    var end = at
    var signs = 0
    var dots = 0
    while end < limit {
      let byte = bytes[end]
      if ASCII.isAlphanumeric(byte) {
      } else if byte == UInt8(ascii: "@") {
        signs += 1
      } else if byte == UInt8(ascii: "."), end + 1 < limit, ASCII.isAlphanumeric(bytes[end + 1]) {
        dots += 1
      } else if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") {
        break
      }
      end += 1
    }
    guard end - at >= 2, signs == 1, dots > 0 else { return nil }
    let last = bytes[end - 1]
    guard ASCII.isLetter(last) || last == UInt8(ascii: ".") else { return nil }
    let trimmed = trimmedEnd(bytes, at, end)
    return trimmed > at ? trimmed : nil
  }

  private static func untilSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count && !ASCII.isSpace(bytes[index]) { index += 1 }
    return index
  }

  /// GFM's end of a link: cut at `<`, then drop trailing `?!.,:*_~'"` (and closing quotes
  /// `’ ” »`), a trailing entity-like `&name;`, and `)` that has no `(` to match.
  static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int {
    var end = start
    while end < limit && bytes[end] != UInt8(ascii: "<") { end += 1 }
    while end > start {
      let last = bytes[end - 1]
      if last < 0x80 && isTrailingPunctuation(last) {
        end -= 1
      } else if let quote = closingQuoteLength(bytes, start, end) {
        end -= quote
      } else if last == UInt8(ascii: ";") {
        var cursor = end - 2
        while cursor > start && ASCII.isLetter(bytes[cursor]) { cursor -= 1 }
        end =
          cursor < end - 2 && cursor >= start && bytes[cursor] == UInt8(ascii: "&")
          ? cursor : end - 1
      } else if last == UInt8(ascii: ")") {
        var opening = 0
        var closing = 0
        for index in start..<end {
          if bytes[index] == UInt8(ascii: "(") {
            opening += 1
          } else if bytes[index] == UInt8(ascii: ")") {
            closing += 1
          }
        }
        guard closing > opening else { break }
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","),
      UInt8(ascii: ":"),
      UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"),
      UInt8(ascii: "\""):
      return true
    default:
      return false
    }
  }

  /// The length of a closing quote (`’`, `”`, `»`) that ends at `end`, if any.
  private static func closingQuoteLength(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Int? {
    if end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
      && (bytes[end - 1] == 0x99 || bytes[end - 1] == 0x9D)
    {
      return 3
    }
    if end - start >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB { return 2 }
    return nil
  }
}
