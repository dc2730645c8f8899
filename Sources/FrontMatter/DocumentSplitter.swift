import Foundation
import Text

/// Finds the `---` lines around front matter.
///
/// Clean text (no byte order mark, no carriage return) is split without copying more than the
/// front matter and the body once; other text is normalised first.
enum DocumentSplitter {
  /// Where the parts of a file are, as byte offsets.
  private enum Layout {
    case bodyOnly
    case unclosed
    case frontMatter(yaml: Range<Int>, bodyStart: Int, bodyFirstLine: Int)
  }

  static func split(_ text: String) throws(FrontMatterError) -> SplitDocument {
    var text = text
    text.makeContiguousUTF8()
    let fastResult: Result<SplitDocument, FrontMatterError>? =
      text.utf8.withContiguousStorageIfAvailable { buffer in
        guard isClean(buffer) else { return nil }
        return split(buffer, original: text)
      } ?? nil
    if let fastResult { return try fastResult.get() }
    var bytes = Array(text.utf8)
    LineBreaks.normalize(&bytes)
    return try bytes.withUnsafeBufferPointer { buffer in split(buffer, original: nil) }.get()
  }

  /// Where the front matter and the body of clean UTF-8 bytes (no byte order mark, no
  /// carriage return) are: the YAML's text and first line, and the body's byte offset and
  /// first line. Nil when the bytes are not clean.
  static func locate(cleanUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(FrontMatterError) -> (
    yaml: String?, yamlFirstLine: Int, bodyOffset: Int, bodyFirstLine: Int
  )? {
    guard isClean(bytes) else { return nil }
    switch layout(of: bytes) {
    case .bodyOnly:
      return (nil, 1, 0, 1)
    case .unclosed:
      throw FrontMatterError(
        location: SourceLocation(line: 1, column: 1), message: Message.unclosedFrontMatter)
    case .frontMatter(let yaml, let bodyStart, let bodyFirstLine):
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[yaml]), as: UTF8.self)
      return (text, 2, bodyStart, bodyFirstLine)
    }
  }

  /// Splits bytes; `original` is the string the bytes belong to, when they are unchanged, so
  /// the body can be cut from it without decoding again.
  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, original: String?) -> Result<
    SplitDocument, FrontMatterError
  > {
    switch layout(of: bytes) {
    case .bodyOnly:
      let body = original ?? String(decoding: bytes, as: UTF8.self)
      return .success(
        SplitDocument(frontMatter: nil, frontMatterFirstLine: 1, body: body, bodyFirstLine: 1))
    case .unclosed:
      return .failure(
        FrontMatterError(
          location: SourceLocation(line: 1, column: 1), message: Message.unclosedFrontMatter))
    case .frontMatter(let yaml, let bodyStart, let bodyFirstLine):
      let body: String
      if let original {
        let utf8 = original.utf8
        body = String(original[utf8.index(utf8.startIndex, offsetBy: bodyStart)...])
      } else {
        body = String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart...]), as: UTF8.self)
      }
      return .success(
        SplitDocument(
          frontMatter: String(decoding: UnsafeBufferPointer(rebasing: bytes[yaml]), as: UTF8.self),
          frontMatterFirstLine: 2, body: body, bodyFirstLine: bodyFirstLine))
    }
  }

  /// True when the text has no byte order mark and no carriage return.
  private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      return false
    }
    return memchr(base, Int32(ASCII.carriageReturn), bytes.count) == nil
  }

  private static func layout(of bytes: UnsafeBufferPointer<UInt8>) -> Layout {
    guard let openingEnd = delimiterLineEnd(in: bytes, at: 0, allowDots: false) else {
      return .bodyOnly
    }
    guard openingEnd < bytes.count else { return .unclosed }
    let yamlStart = openingEnd + 1
    var lineStart = yamlStart
    var line = 2
    while lineStart < bytes.count {
      if let closingEnd = delimiterLineEnd(in: bytes, at: lineStart, allowDots: true) {
        return .frontMatter(
          yaml: yamlStart..<lineStart, bodyStart: min(closingEnd + 1, bytes.count),
          bodyFirstLine: line + 1)
      }
      guard let lineFeed = bytes[lineStart...].firstIndex(of: ASCII.lineFeed) else { break }
      lineStart = lineFeed + 1
      line += 1
    }
    return .unclosed
  }

  /// When the line at `start` is `---` (or `...` when allowed) with only spaces or tabs after
  /// it, the index of its line feed (or the end of the text); nil otherwise.
  private static func delimiterLineEnd(
    in bytes: UnsafeBufferPointer<UInt8>, at start: Int, allowDots: Bool
  ) -> Int? {
    guard start + 3 <= bytes.count else { return nil }
    let first = bytes[start]
    guard first == ASCII.minus || (allowDots && first == ASCII.period),
      bytes[start + 1] == first, bytes[start + 2] == first
    else { return nil }
    var index = start + 3
    while index < bytes.count, bytes[index] == ASCII.space || bytes[index] == ASCII.tab {
      index += 1
    }
    guard index == bytes.count || bytes[index] == ASCII.lineFeed else { return nil }
    return index
  }
}
