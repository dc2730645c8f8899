/// Every error message, in one place: what was expected and what to do, one line of English.
enum Message {
  static let unclosedFrontMatter =
    "unclosed front matter: add a line '---' after the last field"
  static let unclosedDoubleQuote = "unclosed double quote: add '\"' at the end of the value"
  static let unclosedSingleQuote = "unclosed single quote: add \"'\" at the end of the value"
  static let unclosedDoubleQuoteNeedingIndent =
    "unclosed double quote: add '\"' at the end of the value, or indent the lines that continue it"
  static let unclosedSingleQuoteNeedingIndent =
    "unclosed single quote: add \"'\" at the end of the value, or indent the lines that continue"
    + " it"
  static let unclosedBracket = "unclosed bracket '[': add ']' after the last item"
  static let unclosedBrace = "unclosed brace '{': add '}' after the last entry"
  static let unclosedBracketNeedingIndent =
    "unclosed bracket '[': add ']' after the last item, or indent the lines that continue the list"
  static let unclosedBraceNeedingIndent =
    "unclosed brace '{': add '}' after the last entry, or indent the lines that continue the map"
  static let tabIndentation = "tabs are not allowed for indentation: use spaces"
  static let anchor = "anchors ('&') are not supported: write the value out in full"
  static let alias =
    "aliases ('*') are not supported: write the value out in full, or quote it if '*' is text"
  static let tag = "tags ('!') are not supported: remove the tag, or quote the value if '!' is text"
  static let complexKey = "complex keys ('?') are not supported: write 'key: value' on one line"
  static let directive = "directives ('%') are not supported: remove this line"
  static let severalDocuments =
    "several documents are not supported: remove this '---' line"
  static let documentEnd = "document end markers ('...') are not supported: remove this line"
  static let mappingValueOnSameLine =
    "mapping values are not allowed here: quote the value if it contains ': '"
  static let mappingValueInContinuation =
    "mapping values are not allowed here: align this key with the key above,"
    + " or quote the value if it contains ': '"
  static let collectionAsKey =
    "mapping values are not allowed here: a key must be a word or a quoted string,"
    + " not a list or a map"
  static let listAfterKey =
    "a list cannot start on the same line as its key: put each '- item' on its own line"
    + " below the key"
  static let listItemInMapping =
    "expected 'key: value' here, found a list item: put the list under a key ending in ':'"
  static let expectedKey = "expected 'key: value' here: add ': ' after the key"
  static let expectedKeySpace = "expected 'key: value' here: add a space after ':'"
  static let missingKey = "missing key before ':': write 'key: value'"
  static let blockScalarInFlow =
    "block scalars ('|', '>') cannot be used inside [ ] or { }: use a quoted string"
  static let listItemInFlow =
    "'- ' list items cannot be used inside [ ] or { }: separate the items with ','"
  static let unexpectedComma = "unexpected ',': remove it or put a value before it"
  static let expectedCommaInList = "expected ',' or ']' after the list item"
  static let expectedCommaInMap = "expected ',' or '}' after the map entry"
  static let invalidBlockScalarHeader =
    "invalid block scalar header: expected '|' or '>', then optionally '-', '+' or an"
    + " indentation digit 1-9, then the end of the line"
  static let nestingTooDeep =
    "nesting deeper than \(YAMLParser.maximumDepth) levels: flatten the structure"
  static let textAfterDocumentStart =
    "unexpected text after '---': start the fields on the next line"
  static let textAfterQuote =
    "unexpected text after the closing quote: quote the whole value, or write ' #' before a"
    + " comment"
  static let textAfterCollection =
    "unexpected text after the closing bracket: put it inside the brackets, or write ' #'"
    + " before a comment"

  static func duplicateKey(_ key: String, firstLine: Int) -> String {
    "duplicate key '\(key)' (first defined on line \(firstLine))"
  }

  static func cannotStartValue(_ character: String) -> String {
    "'\(character)' cannot start a value: put the value in quotes"
  }

  static func badIndentation(column: Int, key: String, line: Int) -> String {
    "bad indentation: expected this line at column \(column), in line with the key '\(key)'"
      + " on line \(line)"
  }

  static func badListIndentation(column: Int, line: Int) -> String {
    "bad indentation: expected this line at column \(column), in line with the '-' on line"
      + " \(line)"
  }

  static func expectedListItem(listLine: Int) -> String {
    "expected '- ' here to continue the list that starts on line \(listLine): add '- ' or fix"
      + " the indentation"
  }

  static func unexpectedTextAfterValue(valueLine: Int) -> String {
    "unexpected text after the value that starts on line \(valueLine): check the indentation"
      + " of this line"
  }

  static func unknownEscape(_ escape: String) -> String {
    "unknown escape '\(escape)' in double quotes: write '\\\\' for a backslash, or use single"
      + " quotes"
  }

  static func invalidHexEscape(_ escape: String, digits: Int) -> String {
    "invalid escape '\(escape)': expected \(digits) hexadecimal digits (write '\\\\' for a"
      + " backslash)"
  }

  static func controlEscape(_ escape: String) -> String {
    "the escape '\(escape)' stands for an invisible control character, which a page cannot"
      + " show (and which breaks the feed and the calendar): remove it"
  }

  static func invalidCodePoint(_ escape: String) -> String {
    "invalid escape '\(escape)': not a Unicode character"
  }

  static func invalidDate(_ text: String, reason: String) -> String {
    "invalid date '\(text)': \(reason); fix it, or quote the value if it is not a date"
  }

  static func notAMapping(found: String) -> String {
    "front matter must be a map of 'key: value' lines, found \(found)"
  }
}
