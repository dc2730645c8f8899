/// What a tag does, from its sigil.
enum TagKind: Sendable, Equatable {
  /// `{{name}}`: escaped interpolation.
  case variable
  /// `{{{name}}}` or `{{& name}}`: raw interpolation.
  case raw
  /// `{{#name}}`.
  case section
  /// `{{^name}}`.
  case inverted
  /// `{{/name}}`.
  case close
  /// `{{! text }}`.
  case comment
  /// `{{> name}}` or `{{>*name}}`.
  case partial
  /// `{{< name}}`: inherit from a parent template.
  case parent
  /// `{{$ name}}`: a block (parameter) of inheritance.
  case block
  /// `{{=<% %>=}}`.
  case setDelimiters

  /// Whether a tag of this kind may be standalone (its line removed from the output).
  var canStandAlone: Bool {
    switch self {
    case .variable, .raw: return false
    default: return true
    }
  }

  /// Whether this kind opens something a `{{/name}}` closes.
  var opensSection: Bool {
    switch self {
    case .section, .inverted, .parent, .block: return true
    default: return false
    }
  }
}

/// The opening and closing delimiters in force.
struct Delimiters: Sendable, Equatable {
  /// Opening delimiter, `{{` by default.
  var open: [UInt8]
  /// Closing delimiter, `}}` by default.
  var close: [UInt8]

  /// `{{` and `}}`.
  static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}

/// One tag as read from the source.
struct Tag {
  /// What the tag does.
  var kind: TagKind
  /// The trimmed name; `*name` for a dynamic partial or parent; empty for comments.
  var name: String
  /// Offset of the opening delimiter.
  var start: Int
  /// Offset just past the closing delimiter.
  var end: Int
  /// The delimiters the tag was written with.
  var delimiters: Delimiters
  /// Whether the tag's line is removed from the output (it stands alone on it).
  var standalone = false
  /// For a standalone tag, the whitespace that preceded it on its line.
  var indentation: [UInt8] = []
  /// For a close tag, the kind of tag it closes (as far as nesting tells).
  var closedKind: TagKind?
}

/// A piece of the source: literal text (a byte range) or a tag.
enum Token {
  /// Literal text.
  case text(Range<Int>)
  /// A tag.
  case tag(Tag)
}
