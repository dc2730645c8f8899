import Foundation

/// Access to a text's UTF-8 bytes for the tokenizer.
enum TextInput {
  /// Calls `body` with the UTF-8 bytes of `text`, NFC-normalised first when the text holds
  /// combining diacritics (U+0300–U+036F, e.g. a decomposed `й`).
  static func withUTF8<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    if text.withUTF8(holdsCombiningMarks) {
      text = text.precomposedStringWithCanonicalMapping
    }
    return text.withUTF8(body)
  }

  /// Calls `body` with `bytes`, or, when they hold combining diacritics, with the UTF-8 of
  /// their NFC normalisation (invalid sequences become U+FFFD, which separates words too).
  static func withUTF8<Result>(
    of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if bytes.withUnsafeBufferPointer(holdsCombiningMarks) {
      return withUTF8(of: String(decoding: bytes, as: UTF8.self), body)
    }
    return bytes.withUnsafeBufferPointer(body)
  }

  /// Whether UTF-8 bytes may hold a combining diacritic (U+0300–U+036F: lead byte CC or CD).
  private static func holdsCombiningMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
  }
}
