/// Shortens summaries for the document chunks.
enum Summary {
  /// Most characters (Unicode scalars) a stored summary has.
  static let maximumLength = 200

  /// `text` with runs of white space made single spaces and trimmed, cut to at most 200
  /// characters at a word boundary and ended with `…` when it was longer.
  static func shortened(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    var count = 0
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        kept.append(" ")
        count += 1
        pendingSpace = false
      }
      kept.append(scalar)
      count += 1
      if count > maximumLength { break }
    }
    guard count > maximumLength else { return String(kept) }
    var cut = Array(kept.prefix(maximumLength - 1))
    if let space = cut.lastIndex(of: " "), space >= maximumLength / 2 {
      cut.removeSubrange(space...)
    }
    while let last = cut.last, isSpace(last) || "-–—,;:(".unicodeScalars.contains(last) {
      cut.removeLast()
    }
    var result = String.UnicodeScalarView(cut)
    result.append("…")
    return String(result)
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
