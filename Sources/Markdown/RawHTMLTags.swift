import Text

/// The few things the Markdown passes read from raw HTML: tag names and an attribute's value.
enum RawHTMLTags {
  /// The lower-cased names of the opening tags in `html`, in order, without repeats
  /// (comments, closing tags and declarations are skipped).
  static func openingNames(in html: UnsafeBufferPointer<UInt8>) -> [String] {
    var names: [String] = []
    for tag in openingTags(in: html) where !names.contains(tag.name) { names.append(tag.name) }
    return names
  }

  /// The anchors the HTML sets (`id="…"` on any tag, `<a name="…">`), and the names of the
  /// opening tags that do more than set an anchor, without repeats: an empty `<a id>` or
  /// `<span id>` loses nothing when only its anchor is kept.
  static func anchorsAndContent(in html: UnsafeBufferPointer<UInt8>) -> (
    anchors: [String], content: [String]
  ) {
    var anchors: [String] = []
    var content: [String] = []
    for tag in openingTags(in: html) {
      let attributes = UnsafeBufferPointer(rebasing: html[tag.range])
      let id =
        attribute("id", in: attributes)
        ?? (tag.name == "a" ? attribute("name", in: attributes) : nil)
      if let id, !id.isEmpty, !anchors.contains(id) { anchors.append(id) }
      let onlyAnchor =
        id != nil && (tag.name == "a" || tag.name == "span")
        && attribute("href", in: attributes) == nil
      if !onlyAnchor && !content.contains(tag.name) { content.append(tag.name) }
    }
    return (anchors, content)
  }

  /// The opening tags of `html`: each one's lower-cased name and the bytes from its `<`.
  private static func openingTags(in html: UnsafeBufferPointer<UInt8>) -> [(
    name: String, range: Range<Int>
  )] {
    var tags: [(name: String, range: Range<Int>)] = []
    var index = 0
    while index + 1 < html.count {
      defer { index += 1 }
      guard html[index] == UInt8(ascii: "<") else { continue }
      if html[index + 1] == UInt8(ascii: "!") {
        let close = findCommentEnd(html, from: index)
        index = max(close - 1, index)
        continue
      }
      var end = index + 1
      while end < html.count && isNameByte(html[end]) { end += 1 }
      guard end > index + 1, ASCII.isLetter(html[index + 1]) else { continue }
      let name = String(
        decoding: UnsafeBufferPointer(rebasing: html[(index + 1)..<end]), as: UTF8.self
      )
      .lowercased()
      tags.append((name, index..<html.count))
      index = end - 1
    }
    return tags
  }

  /// The value of attribute `name` (lower-case ASCII) in the first tag of `html`, quoted or
  /// not; nil when the tag has none.
  static func attribute(_ name: String, in html: UnsafeBufferPointer<UInt8>) -> String? {
    let key = Array(name.utf8)
    let tagEnd = html.firstIndex(of: UInt8(ascii: ">")) ?? html.count
    var index = 0
    while index + key.count < tagEnd {
      defer { index += 1 }
      guard index > 0, ASCII.isSpace(html[index - 1]) else { continue }
      var matches = true
      for (offset, byte) in key.enumerated() where lowered(html[index + offset]) != byte {
        matches = false
        break
      }
      guard matches else { continue }
      var cursor = index + key.count
      while cursor < tagEnd && ASCII.isSpace(html[cursor]) { cursor += 1 }
      guard cursor < tagEnd, html[cursor] == UInt8(ascii: "=") else { continue }
      cursor += 1
      while cursor < tagEnd && ASCII.isSpace(html[cursor]) { cursor += 1 }
      guard cursor < tagEnd else { return nil }
      let quote = html[cursor]
      let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
      let start = quoted ? cursor + 1 : cursor
      var end = start
      while end < html.count
        && (quoted
          ? html[end] != quote : !ASCII.isSpace(html[end]) && html[end] != UInt8(ascii: ">"))
      {
        end += 1
      }
      let value = String(decoding: UnsafeBufferPointer(rebasing: html[start..<end]), as: UTF8.self)
      return value.replacingOccurrences(of: "&amp;", with: "&")
    }
    return nil
  }

  /// The offset just past the `-->` of the comment or declaration starting at `start`.
  private static func findCommentEnd(_ html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let isComment =
      start + 3 < html.count && html[start + 2] == UInt8(ascii: "-")
      && html[start + 3] == UInt8(ascii: "-")
    var index = start + (isComment ? 4 : 2)
    while index < html.count {
      if isComment {
        if index + 2 < html.count && html[index] == UInt8(ascii: "-")
          && html[index + 1] == UInt8(ascii: "-") && html[index + 2] == UInt8(ascii: ">")
        {
          return index + 3
        }
      } else if html[index] == UInt8(ascii: ">") {
        return index + 1
      }
      index += 1
    }
    return html.count
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
  }

  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
