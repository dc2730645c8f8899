/// Entry points: split a page into front matter and body, and parse the YAML subset.
///
/// Every function throws ``FrontMatterError`` with a file line and column.
public enum FrontMatter {
  /// Cuts a file into front matter and body.
  ///
  /// Front matter starts when the file's first line is `---` (after an optional byte order
  /// mark) and runs to the next line that is `---` or `...`. CRLF and lone CR line breaks are
  /// accepted and become LF. A file without front matter is all body; an unclosed block is an
  /// error at line 1.
  public static func split(_ text: String) throws(FrontMatterError) -> SplitDocument {
    try DocumentSplitter.split(text)
  }

  /// Parses a whole YAML document (front matter or a configuration file).
  ///
  /// `firstLine` is the file line of the YAML's first line, so errors and value locations are
  /// in file coordinates. Empty text (or only comments) gives an empty mapping.
  public static func parseYAML(_ yaml: String, firstLine: Int = 1) throws(FrontMatterError)
    -> YAMLValue
  {
    var parser = YAMLParser(bytes: LineBreaks.normalizedBytes(of: yaml), firstLine: firstLine)
    return try parser.parseDocument()
  }

  /// Splits a page and parses its front matter, which must be a mapping.
  ///
  /// A page without front matter gives an empty mapping.
  public static func parse(_ text: String) throws(FrontMatterError) -> (
    fields: YAMLMapping, body: String, bodyFirstLine: Int
  ) {
    let document = try split(text)
    let fields = try mapping(document.frontMatter, firstLine: document.frontMatterFirstLine)
    return (fields, document.body, document.bodyFirstLine)
  }

  /// As ``parse(_:)`` for a file's valid UTF-8 bytes without a byte order mark or carriage
  /// returns, giving the body's byte offset instead of its text (no `String` of the body is
  /// made); nil when the bytes hold a byte order mark or a carriage return (use `parse`).
  public static func parse(cleanUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(FrontMatterError)
    -> (fields: YAMLMapping, bodyOffset: Int, bodyFirstLine: Int)?
  {
    guard let parts = try DocumentSplitter.locate(cleanUTF8: bytes) else { return nil }
    let fields = try mapping(parts.yaml, firstLine: parts.yamlFirstLine)
    return (fields, parts.bodyOffset, parts.bodyFirstLine)
  }

  /// The mapping front matter `yaml` holds (empty without front matter).
  private static func mapping(_ yaml: String?, firstLine: Int) throws(FrontMatterError)
    -> YAMLMapping
  {
    guard let yaml else { return YAMLMapping() }
    let value = try parseYAML(yaml, firstLine: firstLine)
    switch value.kind {
    case .mapping(let mapping):
      return mapping
    case .null:
      return YAMLMapping()
    default:
      throw FrontMatterError(
        location: value.location, message: Message.notAMapping(found: value.typeDescription))
    }
  }
}
