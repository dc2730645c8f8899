// libFuzzer entry for the Text module's UTF-8 side. Built from Sources/Text in one swiftc
// invocation (see ../run.sh).
#if canImport(Text)
  import Text
#endif

/// Decodes the input byte by byte and checks it against Swift's own decoder, which follows
/// the same policy (U+FFFD per maximal subpart); checks that the validator agrees with
/// `String(validating:)`, that encoding the decoded scalars gives Swift's repaired bytes, and
/// that the Cyrillic lower-casing agrees with `lowercased()`. Any disagreement is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func utf8FuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let text = String(decoding: bytes, as: UTF8.self)
  let scalars = UTF8Text.scalarValues(of: bytes)
  if scalars != text.unicodeScalars.map(\.value) {
    fatalError("decoding disagrees with String(decoding:) on \(Array(bytes))")
  }
  let valid = String(validating: bytes, as: UTF8.self) != nil
  if UTF8Text.isValid(bytes) != valid {
    fatalError("validation says \(!valid) on \(Array(bytes))")
  }
  if let offset = UTF8Text.firstInvalidOffset(in: bytes) {
    let prefix = UnsafeBufferPointer(rebasing: bytes[..<offset])
    if !UTF8Text.isValid(prefix) || UTF8Text.decode(bytes, at: offset).value != 0xFFFD {
      fatalError("the first invalid offset \(offset) is wrong on \(Array(bytes))")
    }
  }
  if UTF8Text.bytes(of: scalars) != Array(text.utf8) {
    fatalError("encoding does not give the repaired bytes of \(Array(bytes))")
  }
  if let lower = Cyrillic.lowercasedUTF8(text), lower != Array(text.lowercased().utf8) {
    fatalError("Cyrillic lower-casing disagrees with lowercased() on \(Array(bytes))")
  }
  return 0
}
