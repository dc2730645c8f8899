import Text

extension YAMLParser {
  /// Parses the whole input: an optional leading `---`, then one node; nothing may follow.
  mutating func parseDocument() throws(FrontMatterError) -> YAMLValue {
    try skipToContent(allowDocumentStart: true)
    if pos == lineStart && isDocumentMarker(at: pos) {
      pos += 3
      try endLine(unexpectedText: Message.textAfterDocumentStart)
    }
    if atEnd {
      return YAMLValue(
        .mapping(YAMLMapping()), location: SourceLocation(line: firstLine, column: 1))
    }
    let value = try parseBlockNode(parentIndent: -1, allowCollection: true)
    if !atEnd {
      throw error(Message.unexpectedTextAfterValue(valueLine: value.location.line), at: pos)
    }
    return value
  }

  /// Parses the node under the cursor in block context.
  ///
  /// `parentIndent` is the indentation of the enclosing mapping or sequence (-1 at the top);
  /// continuation lines must be indented more. `allowCollection` is false for a value on the
  /// same line as its key, where a block mapping or sequence cannot start.
  mutating func parseBlockNode(parentIndent: Int, allowCollection: Bool) throws(FrontMatterError)
    -> YAMLValue
  {
    try enterNode()
    defer { depth -= 1 }
    let first = current
    switch first {
    case ASCII.minus where ASCII.isWhiteOrEnd(next):
      guard allowCollection else { throw error(Message.listAfterKey, at: pos) }
      return try parseBlockSequence(indent: indent, indentless: false)
    case ASCII.leftBracket, ASCII.leftBrace:
      let value = try parseFlowCollection(parentIndent: parentIndent)
      skipBlanks()
      if current == ASCII.colon && ASCII.isWhiteOrEnd(next) {
        throw error(Message.collectionAsKey, at: pos)
      }
      try endLine(unexpectedText: Message.textAfterCollection)
      return value
    case ASCII.pipe, ASCII.greaterThan:
      return try parseBlockScalar(parentIndent: parentIndent)
    case ASCII.doubleQuote, ASCII.singleQuote:
      let nodeIndent = indent
      if allowCollection, let key = try scanKey() {
        return try parseBlockMapping(indent: nodeIndent, firstKey: key)
      }
      let value = try parseQuoted(parentIndent: parentIndent)
      skipBlanks()
      if current == ASCII.colon && ASCII.isWhiteOrEnd(next) {
        throw error(Message.mappingValueOnSameLine, at: pos)
      }
      try endLine(unexpectedText: Message.textAfterQuote)
      return value
    default:
      try checkCanStartScalar(inFlow: false)
      let nodeIndent = indent
      if allowCollection, let key = try scanKey() {
        return try parseBlockMapping(indent: nodeIndent, firstKey: key)
      }
      return try parsePlainScalar(parentIndent: parentIndent, couldBeKey: allowCollection)
    }
  }

  /// Throws the specific error for a character that cannot start a plain scalar: the
  /// unsupported features by name, and reserved characters.
  func checkCanStartScalar(inFlow: Bool) throws(FrontMatterError) {
    let first = current
    let following = next
    let endsIndicator =
      ASCII.isWhiteOrEnd(following) || (inFlow && ASCII.isFlowIndicator(following))
    switch first {
    case ASCII.ampersand: throw error(Message.anchor, at: pos)
    case ASCII.asterisk: throw error(Message.alias, at: pos)
    case ASCII.exclamation: throw error(Message.tag, at: pos)
    case ASCII.percent:
      if !inFlow && pos == lineStart { throw error(Message.directive, at: pos) }
      throw error(Message.cannotStartValue("%"), at: pos)
    case ASCII.question where endsIndicator: throw error(Message.complexKey, at: pos)
    case ASCII.colon where endsIndicator: throw error(Message.missingKey, at: pos)
    case ASCII.minus where inFlow && ASCII.isWhiteOrEnd(following):
      throw error(Message.listItemInFlow, at: pos)
    case ASCII.pipe, ASCII.greaterThan:
      if inFlow { throw error(Message.blockScalarInFlow, at: pos) }
    case ASCII.comma:
      if inFlow { throw error(Message.unexpectedComma, at: pos) }
      throw error(Message.cannotStartValue(","), at: pos)
    case ASCII.at, ASCII.backtick, ASCII.hash, ASCII.rightBracket, ASCII.rightBrace,
      ASCII.leftBracket, ASCII.leftBrace:
      throw error(Message.cannotStartValue(character(at: pos)), at: pos)
    default:
      break
    }
  }

  /// A mapping key read from a line.
  struct ScannedKey {
    var text: String
    var location: SourceLocation
  }

  /// When the line at the cursor reads `key:` followed by a blank or the line end, consumes
  /// the key and the colon and returns the key; otherwise leaves the cursor and returns nil.
  mutating func scanKey() throws(FrontMatterError) -> ScannedKey? {
    let start = pos
    let first = current
    if first == ASCII.doubleQuote || first == ASCII.singleQuote {
      guard let close = quotedEndOnLine(from: start) else { return nil }
      var colon = close
      while ASCII.isBlank(byte(at: colon)) { colon += 1 }
      guard byte(at: colon) == ASCII.colon, ASCII.isWhiteOrEnd(byte(at: colon + 1)) else {
        return nil
      }
      let location = here
      let key = try parseQuoted(parentIndent: -1)
      pos = colon + 1
      return ScannedKey(text: key.string ?? "", location: location)
    }
    var colon = start
    while true {
      let byte = byte(at: colon)
      if byte == ASCII.lineFeed || byte == ASCII.end { return nil }
      if byte == ASCII.colon && ASCII.isWhiteOrEnd(self.byte(at: colon + 1)) { break }
      if byte == ASCII.hash && colon > start && ASCII.isBlank(self.byte(at: colon - 1)) {
        return nil
      }
      colon += 1
    }
    var keyEnd = colon
    while keyEnd > start && ASCII.isBlank(byte(at: keyEnd - 1)) { keyEnd -= 1 }
    let key = ScannedKey(
      text: String(decoding: bytes[start..<keyEnd], as: UTF8.self), location: here)
    pos = colon + 1
    return key
  }

  /// The index just after the closing quote of the quoted scalar at `start`, when it closes on
  /// the same line.
  func quotedEndOnLine(from start: Int) -> Int? {
    let quote = byte(at: start)
    var index = start + 1
    while true {
      let byte = byte(at: index)
      if byte == ASCII.lineFeed || byte == ASCII.end { return nil }
      if quote == ASCII.singleQuote {
        if byte == ASCII.singleQuote {
          if self.byte(at: index + 1) == ASCII.singleQuote {
            index += 2
            continue
          }
          return index + 1
        }
      } else {
        if byte == ASCII.backslash {
          let escaped = self.byte(at: index + 1)
          if escaped == ASCII.lineFeed || escaped == ASCII.end { return nil }
          index += 2
          continue
        }
        if byte == ASCII.doubleQuote { return index + 1 }
      }
      index += 1
    }
  }
}
