import Text

extension YAMLParser {
  /// Parses `[ … ]` or `{ … }` (nested, possibly over several lines); the cursor ends just
  /// after the closing bracket.
  mutating func parseFlowCollection(parentIndent: Int) throws(FrontMatterError) -> YAMLValue {
    try enterNode()
    defer { depth -= 1 }
    let opening = current
    let isList = opening == ASCII.leftBracket
    let unclosed = UnclosedFlow(location: here, isList: isList)
    let location = here
    pos += 1
    if isList {
      let items = try parseFlowSequenceItems(parentIndent: parentIndent, unclosed: unclosed)
      return YAMLValue(.sequence(items), location: location)
    }
    let mapping = try parseFlowMappingEntries(parentIndent: parentIndent, unclosed: unclosed)
    return YAMLValue(.mapping(mapping), location: location)
  }

  private mutating func parseFlowSequenceItems(parentIndent: Int, unclosed: UnclosedFlow)
    throws(FrontMatterError) -> [YAMLValue]
  {
    var items: [YAMLValue] = []
    while true {
      try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
      if current == ASCII.rightBracket { break }
      if current == ASCII.rightBrace { throw unclosed.atEnd }
      let itemStart = pos
      var item = try parseFlowNode(parentIndent: parentIndent)
      try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
      if current == ASCII.colon {
        guard item.sourceText != nil else { throw error(Message.collectionAsKey, at: pos) }
        let keyLocation = item.location
        let key = flowKeyText(item)
        pos += 1
        let value = try parseFlowValue(
          parentIndent: parentIndent, unclosed: unclosed, closing: ASCII.rightBracket)
        item = YAMLValue(
          .mapping(
            YAMLMapping(entries: [.init(key: key, keyLocation: keyLocation, value: value)])),
          location: location(at: itemStart))
      }
      items.append(item)
      switch current {
      case ASCII.comma: pos += 1
      case ASCII.rightBracket: break
      case ASCII.rightBrace: throw unclosed.atEnd
      default: throw error(Message.expectedCommaInList, at: pos)
      }
      if current == ASCII.rightBracket { break }
    }
    pos += 1
    return items
  }

  private mutating func parseFlowMappingEntries(parentIndent: Int, unclosed: UnclosedFlow)
    throws(FrontMatterError) -> YAMLMapping
  {
    var entries: [YAMLMapping.Entry] = []
    var keys = KeyRegistry()
    while true {
      try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
      if current == ASCII.rightBrace { break }
      if current == ASCII.rightBracket { throw unclosed.atEnd }
      if current == ASCII.leftBracket || current == ASCII.leftBrace {
        throw error(Message.collectionAsKey, at: pos)
      }
      let keyNode = try parseFlowNode(parentIndent: parentIndent)
      let key = flowKeyText(keyNode)
      if let firstLine = keys.insert(key, line: keyNode.location.line) {
        throw FrontMatterError(
          location: keyNode.location, message: Message.duplicateKey(key, firstLine: firstLine))
      }
      try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
      let value: YAMLValue
      if current == ASCII.colon {
        pos += 1
        value = try parseFlowValue(
          parentIndent: parentIndent, unclosed: unclosed, closing: ASCII.rightBrace)
      } else {
        value = YAMLValue(.null, location: here, sourceText: "")
      }
      entries.append(.init(key: key, keyLocation: keyNode.location, value: value))
      switch current {
      case ASCII.comma: pos += 1
      case ASCII.rightBrace: break
      case ASCII.rightBracket: throw unclosed.atEnd
      default: throw error(Message.expectedCommaInMap, at: pos)
      }
      if current == ASCII.rightBrace { break }
    }
    pos += 1
    return YAMLMapping(entries: entries)
  }

  /// The value after a `:` in a flow collection; null when a `,` or the closing bracket
  /// follows. The cursor ends at the next non-space character.
  private mutating func parseFlowValue(
    parentIndent: Int, unclosed: UnclosedFlow, closing: UInt8
  ) throws(FrontMatterError) -> YAMLValue {
    let afterColon = pos
    try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
    if current == ASCII.comma || current == closing {
      return YAMLValue(.null, location: location(at: afterColon), sourceText: "")
    }
    let value = try parseFlowNode(parentIndent: parentIndent)
    try skipFlowSpace(parentIndent: parentIndent, unclosed: unclosed)
    return value
  }

  /// A flow key as text: a quoted key unescaped, a plain key as written.
  private func flowKeyText(_ node: YAMLValue) -> String {
    if case .string(let text) = node.kind { return text }
    return node.sourceText ?? ""
  }

  /// Parses one node inside a flow collection.
  private mutating func parseFlowNode(parentIndent: Int) throws(FrontMatterError) -> YAMLValue {
    switch current {
    case ASCII.leftBracket, ASCII.leftBrace:
      return try parseFlowCollection(parentIndent: parentIndent)
    case ASCII.doubleQuote, ASCII.singleQuote:
      return try parseQuoted(parentIndent: parentIndent)
    default:
      try checkCanStartScalar(inFlow: true)
      return try parseFlowPlainScalar(parentIndent: parentIndent)
    }
  }

  /// Skips blanks, comments and line breaks inside a flow collection. A new line must be
  /// indented more than `parentIndent` unless it starts with a closing bracket; otherwise, and
  /// at the end of the input, the collection is unclosed.
  private mutating func skipFlowSpace(parentIndent: Int, unclosed: UnclosedFlow)
    throws(FrontMatterError)
  {
    while true {
      let byte = current
      if ASCII.isBlank(byte) {
        pos += 1
      } else if isCommentStart(at: pos) {
        skipToLineEnd()
      } else if byte == ASCII.lineFeed {
        advanceLine()
        var contentStart = pos
        while self.byte(at: contentStart) == ASCII.space { contentStart += 1 }
        var firstVisible = contentStart
        while ASCII.isBlank(self.byte(at: firstVisible)) { firstVisible += 1 }
        let first = self.byte(at: firstVisible)
        pos = firstVisible
        if first == ASCII.lineFeed || first == ASCII.end || first == ASCII.hash { continue }
        let closes = first == ASCII.rightBracket || first == ASCII.rightBrace
        if contentStart - lineStart <= parentIndent && !closes { throw unclosed.needingIndent }
        if contentStart == lineStart && isDocumentMarker(at: contentStart) {
          throw unclosed.needingIndent
        }
      } else if byte == ASCII.end {
        throw unclosed.atEnd
      } else {
        return
      }
    }
  }
}

/// The errors of an unclosed flow collection: at the end of the input or a mismatched closing
/// bracket, and at a line that is not indented enough to continue it.
struct UnclosedFlow {
  var location: SourceLocation
  var isList: Bool

  var atEnd: FrontMatterError {
    FrontMatterError(
      location: location, message: isList ? Message.unclosedBracket : Message.unclosedBrace)
  }

  var needingIndent: FrontMatterError {
    FrontMatterError(
      location: location,
      message: isList ? Message.unclosedBracketNeedingIndent : Message.unclosedBraceNeedingIndent)
  }
}
