import Foundation

/// Access to a text's UTF-8 bytes for the tokenizer.
enum TextInput {
  /// Calls `body` with the UTF-8 bytes of `text`, NFC-normalised first when the text holds
  /// combining diacritics (U+0300–U+036F, e.g. a decomposed `й`).
  static func withUTF8<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    let needsNormalising = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
    }
    if needsNormalising {
      text = text.precomposedStringWithCanonicalMapping
    }
    return text.withUTF8(body)
  }
}
