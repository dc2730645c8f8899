/// Runs `body` with the UTF-8 bytes of `text` (the byte-level helpers take buffers).
func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
  Array(text.utf8).withUnsafeBufferPointer(body)
}

/// The substrings of `text` at byte `ranges`.
func substrings(_ text: String, _ ranges: [Range<Int>]?) -> [String]? {
  let bytes = Array(text.utf8)
  return ranges?.map { String(decoding: bytes[$0], as: UTF8.self) }
}
