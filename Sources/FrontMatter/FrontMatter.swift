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
    guard let yaml = document.frontMatter else {
      return (YAMLMapping(), document.body, document.bodyFirstLine)
    }
    let value = try parseYAML(yaml, firstLine: document.frontMatterFirstLine)
    switch value.kind {
    case .mapping(let mapping):
      return (mapping, document.body, document.bodyFirstLine)
    case .null:
      return (YAMLMapping(), document.body, document.bodyFirstLine)
    default:
      throw FrontMatterError(
        location: value.location, message: Message.notAMapping(found: value.typeDescription))
    }
  }
}
