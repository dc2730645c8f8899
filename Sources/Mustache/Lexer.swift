/// Splits a template's source into text and tags, following set-delimiter tags.
struct Lexer {
  /// The source and its line index.
  let map: SourceMap
  /// The delimiters in force.
  var delimiters: Delimiters

  /// The tokens read so far (all of them once `tokens()` returns; those before the error when
  /// it throws).
  private(set) var read: [Token] = []

  /// Reads every token of the source.
  mutating func tokens() throws(TemplateError) -> [Token] {
    let bytes = map.bytes
    read = []
    var position = 0
    while position < bytes.count {
      guard let open = bytes.firstRange(of: delimiters.open, from: position) else {
        read.append(.text(position..<bytes.count))
        break
      }
      if open > position { read.append(.text(position..<open)) }
      let tag = try readTag(at: open)
      read.append(.tag(tag))
      position = tag.end
    }
    return read
  }

  /// Reads the tag whose opening delimiter is at `start`.
  private mutating func readTag(at start: Int) throws(TemplateError) -> Tag {
    let bytes = map.bytes
    let contentStart = start + delimiters.open.count
    let openText = String(decoding: delimiters.open, as: UTF8.self)
    let closeText = String(decoding: delimiters.close, as: UTF8.self)
    if contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
      let closing = [UInt8(ascii: "}")] + delimiters.close
      guard let end = bytes.firstRange(of: closing, from: contentStart + 1) else {
        throw map.error(at: start, "unclosed tag: '\(openText){' without '}\(closeText)'")
      }
      let name = try validName(.raw, bytes.trimmed(contentStart + 1..<end), at: start)
      return Tag(
        kind: .raw, name: name, start: start, end: end + closing.count, delimiters: delimiters)
    }
    guard let contentEnd = bytes.firstRange(of: delimiters.close, from: contentStart) else {
      throw map.error(at: start, "unclosed tag: '\(openText)' without '\(closeText)'")
    }
    var sigilIndex = contentStart
    while sigilIndex < contentEnd, bytes[sigilIndex].isMustacheSpace { sigilIndex += 1 }
    guard sigilIndex < contentEnd else { throw emptyTag(at: start) }
    let kind: TagKind
    switch bytes[sigilIndex] {
    case UInt8(ascii: "!"):
      return Tag(
        kind: .comment, name: "", start: start, end: contentEnd + delimiters.close.count,
        delimiters: delimiters)
    case UInt8(ascii: "="): return try readDelimiters(at: start, after: sigilIndex + 1)
    case UInt8(ascii: "#"): kind = .section
    case UInt8(ascii: "^"): kind = .inverted
    case UInt8(ascii: "/"): kind = .close
    case UInt8(ascii: ">"): kind = .partial
    case UInt8(ascii: "<"): kind = .parent
    case UInt8(ascii: "$"): kind = .block
    case UInt8(ascii: "&"): kind = .raw
    default: kind = .variable
    }
    let nameStart = kind == .variable ? sigilIndex : sigilIndex + 1
    let name = try validName(kind, bytes.trimmed(nameStart..<contentEnd), at: start)
    return Tag(
      kind: kind, name: name, start: start, end: contentEnd + delimiters.close.count,
      delimiters: delimiters)
  }

  /// Reads `{{=<% %>=}}` (the `=` after the opening delimiter is before `from`) and switches
  /// to the new delimiters.
  private mutating func readDelimiters(at start: Int, after from: Int) throws(TemplateError)
    -> Tag
  {
    let bytes = map.bytes
    let example =
      "\(String(decoding: delimiters.open, as: UTF8.self))=<% %>="
      + String(decoding: delimiters.close, as: UTF8.self)
    let ending = [UInt8(ascii: "=")] + delimiters.close
    guard let end = bytes.firstRange(of: ending, from: from) else {
      throw map.error(
        at: start,
        "bad set-delimiter tag: it must end with '=' before the closing delimiter, "
          + "as in '\(example)'")
    }
    let parts = bytes[from..<end].split(whereSeparator: { $0.isMustacheSpace })
    guard parts.count == 2 else {
      throw map.error(
        at: start,
        "bad set-delimiter tag: expected two delimiters separated by a space, "
          + "as in '\(example)'")
    }
    let tag = Tag(
      kind: .setDelimiters, name: "", start: start, end: end + ending.count,
      delimiters: delimiters)
    delimiters = Delimiters(open: Array(parts[0]), close: Array(parts[1]))
    return tag
  }

  /// The error for a tag without a name.
  private func emptyTag(at start: Int) -> TemplateError {
    let open = String(decoding: delimiters.open, as: UTF8.self)
    let close = String(decoding: delimiters.close, as: UTF8.self)
    return map.error(at: start, "empty tag: a name is expected between '\(open)' and '\(close)'")
  }

  /// Checks a tag's name: not empty, no spaces, dotted names with a name between dots.
  private func validName(_ kind: TagKind, _ raw: ArraySlice<UInt8>, at start: Int)
    throws(TemplateError) -> String
  {
    var name = raw
    var dynamic = false
    if kind == .partial || kind == .parent, name.first == UInt8(ascii: "*") {
      dynamic = true
      name = name.dropFirst()
      while let first = name.first, first.isMustacheSpace { name = name.dropFirst() }
    }
    let text = String(decoding: name, as: UTF8.self)
    if name.isEmpty { throw emptyTag(at: start) }
    if name.contains(where: { $0.isMustacheSpace }) {
      throw map.error(at: start, "bad tag name '\(text)': a name cannot contain spaces")
    }
    if kind == .variable || kind == .raw || kind == .section || kind == .inverted, text != ".",
      name.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        .contains(where: { $0.isEmpty })
    {
      throw map.error(
        at: start, "bad name '\(text)': a dotted name needs a name between the dots")
    }
    return dynamic ? "*" + text : text
  }
}

extension UInt8 {
  /// Space, tab, CR or LF.
  var isMustacheSpace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
  }

  /// Space or tab (what may surround a standalone tag on its line).
  var isLineSpace: Bool {
    self == 0x20 || self == 0x09
  }
}

extension Array where Element == UInt8 {
  /// The offset of the first occurrence of `needle` at or after `from`.
  func firstRange(of needle: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, needle.count <= count else { return nil }
    var index = from
    let last = count - needle.count
    while index <= last {
      if self[index] == first {
        var matched = 1
        while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// The bytes of `range` without surrounding spaces, tabs and newlines.
  func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, self[lower].isMustacheSpace { lower += 1 }
    while upper > lower, self[upper - 1].isMustacheSpace { upper -= 1 }
    return self[lower..<upper]
  }
}
