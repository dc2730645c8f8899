/// Finds standalone tags (alone on their line but for spaces) and removes their lines from the
/// text around them, as the spec requires.
///
/// Besides single tags, inheritance allows pairs of adjacent tags to stand alone together:
/// `{{<parent}}{{/parent}}`, `{{<parent}}{{$block}}`, `{{$block}}{{/block}}` and
/// `{{/block}}{{/parent}}`. A `{{$block}}{{/block}}` pair keeps the newline that ends its line.
struct Standalone {
  /// The source.
  let bytes: [UInt8]
  /// The tokens, changed in place.
  var tokens: [Token]

  /// How one tag or pair stands alone.
  private enum Decision {
    /// One tag alone on its line.
    case single(Int)
    /// Two adjacent tags alone on their line; `keepsNewline` for a block pair.
    case pair(Int, keepsNewline: Bool)
  }

  /// Marks standalone tags and trims their lines.
  mutating func apply() {
    annotateCloseTags()
    var decisions: [Decision] = []
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard case .tag(let tag) = tokens[index], tag.kind.canStandAlone else { continue }
      if index + 1 < tokens.count, case .tag(let next) = tokens[index + 1],
        let keepsNewline = pairKind(tag, next), blankBefore(index), blankAfter(index + 1)
      {
        decisions.append(.pair(index, keepsNewline: keepsNewline))
        index += 1
      } else if blankBefore(index), blankAfter(index) {
        decisions.append(.single(index))
      }
    }
    for decision in decisions {
      switch decision {
      case .single(let index):
        markStandalone(index, indentation: trimBefore(index))
        trimAfter(index, keepingNewline: false)
      case .pair(let index, let keepsNewline):
        markStandalone(index, indentation: trimBefore(index))
        markStandalone(index + 1, indentation: [])
        trimAfter(index + 1, keepingNewline: keepsNewline)
      }
    }
  }

  /// Whether two adjacent tags may stand alone together; if so, whether the pair keeps its
  /// line's newline.
  private func pairKind(_ first: Tag, _ second: Tag) -> Bool? {
    switch (first.kind, second.kind) {
    case (.parent, .close) where second.closedKind == .parent: return false
    case (.parent, .block): return false
    case (.block, .close) where second.closedKind == .block: return true
    case (.close, .close) where first.closedKind == .block && second.closedKind == .parent:
      return false
    default: return nil
    }
  }

  /// Records on each close tag the kind of tag it closes.
  private mutating func annotateCloseTags() {
    var open: [TagKind] = []
    for index in tokens.indices {
      guard case .tag(var tag) = tokens[index] else { continue }
      if tag.kind.opensSection {
        open.append(tag.kind)
      } else if tag.kind == .close {
        tag.closedKind = open.popLast()
        tokens[index] = .tag(tag)
      }
    }
  }

  /// Whether only spaces precede token `index` on its line.
  private func blankBefore(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    guard case .text(let range) = tokens[index - 1] else { return false }
    var offset = range.upperBound
    while offset > range.lowerBound {
      offset -= 1
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\n") { return true }
      if !byte.isLineSpace { return false }
    }
    return index - 1 == 0
  }

  /// Whether only spaces follow token `index` on its line (up to a newline or the end).
  private func blankAfter(_ index: Int) -> Bool {
    guard index + 1 < tokens.count else { return true }
    guard case .text(let range) = tokens[index + 1] else { return false }
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\n") { return true }
      if byte == UInt8(ascii: "\r"), offset + 1 < range.upperBound,
        bytes[offset + 1] == UInt8(ascii: "\n")
      {
        return true
      }
      if !byte.isLineSpace { return false }
      offset += 1
    }
    return index + 2 == tokens.count
  }

  /// Sets a tag's standalone flag and indentation.
  private mutating func markStandalone(_ index: Int, indentation: [UInt8]) {
    guard case .tag(var tag) = tokens[index] else { return }
    tag.standalone = true
    tag.indentation = indentation
    tokens[index] = .tag(tag)
  }

  /// Removes the spaces before token `index` on its line; returns them.
  private mutating func trimBefore(_ index: Int) -> [UInt8] {
    guard index > 0, case .text(let range) = tokens[index - 1] else { return [] }
    var lineStart = range.upperBound
    while lineStart > range.lowerBound, bytes[lineStart - 1] != UInt8(ascii: "\n") {
      lineStart -= 1
    }
    tokens[index - 1] = .text(range.lowerBound..<lineStart)
    return Array(bytes[lineStart..<range.upperBound])
  }

  /// Removes the rest of the line after token `index`, with its newline unless kept.
  private mutating func trimAfter(_ index: Int, keepingNewline: Bool) {
    guard index + 1 < tokens.count, case .text(let range) = tokens[index + 1] else { return }
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\n") {
        if !keepingNewline { offset += 1 }
        break
      }
      if byte == UInt8(ascii: "\r"), keepingNewline { break }
      offset += 1
    }
    tokens[index + 1] = .text(offset..<range.upperBound)
  }
}
