import Text

/// Shortens summaries for the document chunks.
enum Summary {
  /// Most characters (Unicode scalars) a stored summary has.
  static let maximumLength = 200

  /// `text` with runs of white space made single spaces and trimmed, cut to at most 200
  /// characters at a word boundary and ended with `…` when it was longer.
  static func shortened(_ text: String) -> String {
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(maximumLength + 1)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = !kept.isEmpty
        continue
      }
      if pendingSpace {
        kept.append(" ")
        pendingSpace = false
      }
      kept.append(scalar)
      if kept.count > maximumLength { break }
    }
    guard kept.count > maximumLength else { return string(of: kept) }
    kept.removeSubrange((maximumLength - 1)...)
    if let space = kept.lastIndex(of: " "), space >= maximumLength / 2 {
      kept.removeSubrange(space...)
    }
    while let last = kept.last, isSpace(last) || "-–—,;:(".unicodeScalars.contains(last) {
      kept.removeLast()
    }
    kept.append("…")
    return string(of: kept)
  }

  /// The string of `scalars`, encoded at once rather than appended scalar by scalar.
  private static func string(of scalars: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { UTF8Text.append(scalar.value, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }
    switch scalar.value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }
}
