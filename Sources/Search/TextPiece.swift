/// A stretch of UTF-8 text between separators, as `TextPieces` hands it out.
struct TextPiece {
  /// What a piece holds and where its bytes are.
  enum Kind {
    /// One word, already lower-case: its bytes are `start..<end` of the text.
    case textWord
    /// One word, lower-cased into the scratch bytes: `start..<end` of those.
    case scratchWord
    /// Text that `WordScanner` has to read: `start..<end` of the text.
    case mixed
  }

  /// Offset of the piece's first byte.
  var start: Int
  /// Offset just past the piece's last byte.
  var end: Int
  /// What the piece holds.
  var kind: Kind
}
