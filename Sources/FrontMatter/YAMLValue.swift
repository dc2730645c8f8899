/// One parsed YAML value with the place where it starts in the file.
///
/// Equality compares the kind, the location and the source text.
public struct YAMLValue: Sendable, Equatable {
  /// What the value is, typed by the YAML 1.2 core schema plus dates.
  public enum Kind: Sendable, Equatable {
    /// `null`, `~` or an empty value.
    case null
    /// `true` or `false` (also `True`, `TRUE`, …).
    case bool(Bool)
    /// A decimal, `0x` hexadecimal or `0o` octal integer.
    case int(Int)
    /// A float, including `.inf`, `-.inf` and `.nan`.
    case double(Double)
    /// Text: any quoted scalar, block scalar or plain scalar that is nothing else.
    case string(String)
    /// A plain `YYYY-MM-DD` date or date-time.
    case date(YAMLDate)
    /// A block or flow sequence.
    case sequence([YAMLValue])
    /// A block or flow mapping, in source order.
    case mapping(YAMLMapping)
  }

  /// What the value is.
  public var kind: Kind
  /// Where the value starts in the file (the first key of a block mapping, the first `-` of a
  /// block sequence, the opening bracket or quote, the `|` of a block scalar).
  public var location: SourceLocation
  /// The scalar exactly as written (quotes included), for messages; nil for collections.
  public var sourceText: String?
  /// For a plain scalar whose line went on with ` #`: that comment (`#дроби`), which YAML
  /// leaves out of the value, so that a reader can say what was cut. Not compared.
  public var comment: String?

  /// Creates a value; the location defaults to 0:0 for values made in code.
  public init(
    _ kind: Kind, location: SourceLocation = SourceLocation(line: 0, column: 0),
    sourceText: String? = nil
  ) {
    self.kind = kind
    self.location = location
    self.sourceText = sourceText
  }
}

extension YAMLValue {
  /// Compares the kind, the location and the source text.
  public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
    lhs.kind == rhs.kind && lhs.location == rhs.location && lhs.sourceText == rhs.sourceText
  }
}
