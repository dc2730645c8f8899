import Text

extension YAMLParser {
  /// Parses a block mapping whose keys sit at `indent`; `firstKey` has been consumed with its
  /// colon.
  mutating func parseBlockMapping(indent mappingIndent: Int, firstKey: ScannedKey)
    throws(FrontMatterError) -> YAMLValue
  {
    var entries: [YAMLMapping.Entry] = []
    var keys = KeyRegistry()
    var key = firstKey
    while true {
      if let firstLine = keys.insert(key.text, line: key.location.line) {
        throw FrontMatterError(
          location: key.location, message: Message.duplicateKey(key.text, firstLine: firstLine))
      }
      let value = try parseMappingValue(mappingIndent: mappingIndent)
      entries.append(YAMLMapping.Entry(key: key.text, keyLocation: key.location, value: value))
      if atEnd || indent < mappingIndent { break }
      if indent > mappingIndent {
        throw error(
          Message.badIndentation(
            column: mappingIndent + 1, key: key.text, line: key.location.line), at: pos)
      }
      if current == ASCII.minus && ASCII.isWhiteOrEnd(next) {
        throw error(Message.listItemInMapping, at: pos)
      }
      if current == ASCII.leftBracket || current == ASCII.leftBrace {
        throw error(Message.expectedKey, at: pos)
      }
      if current == ASCII.pipe || current == ASCII.greaterThan {
        throw error(Message.cannotStartValue(character(at: pos)), at: pos)
      }
      try checkCanStartScalar(inFlow: false)
      guard let nextKey = try scanKey() else { throw expectedKeyError() }
      key = nextKey
    }
    return YAMLValue(.mapping(YAMLMapping(entries: entries)), location: firstKey.location)
  }

  /// The value after `key:`: on the same line, on the lines below (indented more, or a list at
  /// the key's own indentation), or null.
  private mutating func parseMappingValue(mappingIndent: Int) throws(FrontMatterError)
    -> YAMLValue
  {
    let afterColon = pos
    skipBlanks()
    let isComment = current == ASCII.hash && pos > afterColon
    guard current == ASCII.lineFeed || current == ASCII.end || isComment else {
      return try parseBlockNode(parentIndent: mappingIndent, allowCollection: false)
    }
    let nullLocation = location(at: afterColon)
    skipToLineEnd()
    try skipToContent()
    if !atEnd {
      if indent > mappingIndent {
        return try parseBlockNode(parentIndent: mappingIndent, allowCollection: true)
      }
      if indent == mappingIndent && current == ASCII.minus && ASCII.isWhiteOrEnd(next) {
        return try parseBlockSequence(indent: mappingIndent, indentless: true)
      }
    }
    return YAMLValue(.null, location: nullLocation, sourceText: "")
  }

  /// Parses a block sequence whose `-` sit at `indent`. An indentless sequence (a key's value
  /// at the key's own indentation) ends quietly at a line that is not an item.
  mutating func parseBlockSequence(indent sequenceIndent: Int, indentless: Bool)
    throws(FrontMatterError) -> YAMLValue
  {
    let sequenceLocation = here
    var items: [YAMLValue] = []
    var dashLine = sequenceLocation.line
    while true {
      let dash = pos
      dashLine = firstLine + line
      pos += 1
      skipBlanks()
      let isComment = current == ASCII.hash && pos > dash + 1
      if current == ASCII.lineFeed || current == ASCII.end || isComment {
        let nullLocation = location(at: dash + 1)
        skipToLineEnd()
        try skipToContent()
        if !atEnd && indent > sequenceIndent {
          items.append(try parseBlockNode(parentIndent: sequenceIndent, allowCollection: true))
        } else {
          items.append(YAMLValue(.null, location: nullLocation, sourceText: ""))
        }
      } else {
        items.append(try parseBlockNode(parentIndent: sequenceIndent, allowCollection: true))
      }
      if atEnd || indent < sequenceIndent { break }
      if indent > sequenceIndent {
        throw error(
          Message.badListIndentation(column: sequenceIndent + 1, line: dashLine), at: pos)
      }
      if current == ASCII.minus && ASCII.isWhiteOrEnd(next) { continue }
      if indentless { break }
      throw error(Message.expectedListItem(listLine: sequenceLocation.line), at: pos)
    }
    return YAMLValue(.sequence(items), location: sequenceLocation)
  }

  /// The error for a line in a mapping that is not `key: value`.
  func expectedKeyError() -> FrontMatterError {
    var index = pos
    while true {
      let byte = byte(at: index)
      if byte == ASCII.lineFeed || byte == ASCII.end || isCommentStart(at: index) { break }
      if byte == ASCII.colon { return error(Message.expectedKeySpace, at: index) }
      index += 1
    }
    return error(Message.expectedKey, at: pos)
  }
}

/// Remembers the keys of one mapping and the line of each, to report duplicates.
struct KeyRegistry {
  private var small: [(key: String, line: Int)] = []
  private var large: [String: Int]?

  /// Records `key`; returns the line of an earlier identical key instead when there is one.
  mutating func insert(_ key: String, line: Int) -> Int? {
    if large == nil {
      for entry in small where entry.key == key { return entry.line }
      small.append((key, line))
      if small.count > 16 {
        var table: [String: Int] = [:]
        for entry in small { table[entry.key] = entry.line }
        large = table
        small = []
      }
      return nil
    }
    if let existing = large?[key] { return existing }
    large?[key] = line
    return nil
  }
}
