// libFuzzer entry for slugs (Site's Slug.swift and Transliteration.swift). Built from those
// two files in one swiftc invocation (see ../run.sh). Foundation is imported here for them, as
// another file of Site imports it there.
import Foundation

/// Makes the slug of the input as text and checks its shape: only `a-z`, `0-9` and `-`, no
/// hyphen at either end or twice in a row, and a slug's slug is itself. Any crash, hang or
/// misshapen slug is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func slugFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let slug = Slug.make(text)
  let bytes = Array(slug.utf8)
  let shaped = bytes.allSatisfy {
    ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
  }
  if !shaped || bytes.first == 0x2D || bytes.last == 0x2D || slug.contains("--") {
    fatalError("misshapen slug '\(slug)' of \(Array(text.utf8))")
  }
  if Slug.make(slug) != slug || (!slug.isEmpty && !Slug.isClean(slug)) {
    fatalError("the slug '\(slug)' is not its own slug")
  }
  return 0
}
