import Text

extension YAMLParser {
  /// Why a plain scalar's line ended.
  enum PlainStop {
    case lineEnd
    case comment
    case mappingValue
    case flowIndicator
  }

  /// One line's part of a plain scalar.
  struct PlainLine {
    /// The end of the text, trailing blanks trimmed.
    var end: Int
    /// Where scanning stopped.
    var stop: Int
    var reason: PlainStop
  }

  /// Scans a plain scalar's text on one line, from `start`.
  func scanPlainLine(from start: Int, inFlow: Bool) -> PlainLine {
    var index = start
    var reason = PlainStop.lineEnd
    while true {
      let byte = byte(at: index)
      if byte == ASCII.lineFeed || byte == ASCII.end { break }
      if byte == ASCII.colon {
        let following = self.byte(at: index + 1)
        if ASCII.isWhiteOrEnd(following) || (inFlow && ASCII.isFlowIndicator(following)) {
          reason = .mappingValue
          break
        }
      } else if byte == ASCII.hash && index > start && ASCII.isBlank(self.byte(at: index - 1)) {
        reason = .comment
        break
      } else if inFlow && ASCII.isFlowIndicator(byte) {
        reason = .flowIndicator
        break
      }
      index += 1
    }
    var end = index
    while end > start && ASCII.isBlank(byte(at: end - 1)) { end -= 1 }
    return PlainLine(end: end, stop: index, reason: reason)
  }

  /// Parses a plain scalar in block context, folding the lines that continue it (indented more
  /// than `parentIndent`), and types it by the core schema. `couldBeKey` is true where a
  /// mapping could have started: a `key: value` line below at the same indentation then means
  /// this line lacks its `: `.
  mutating func parsePlainScalar(parentIndent: Int, couldBeKey: Bool) throws(FrontMatterError)
    -> YAMLValue
  {
    let start = pos
    let startMark = mark
    let firstLine = scanPlainLine(from: start, inFlow: false)
    if firstLine.reason == .mappingValue {
      throw error(Message.mappingValueOnSameLine, at: firstLine.stop)
    }
    guard firstLine.end > start else {
      throw error(Message.cannotStartValue(character(at: start)), at: start)
    }
    let location = here
    var folded: [UInt8]?
    var lastEnd = firstLine.end
    var lastLine = firstLine
    pos = firstLine.stop
    if firstLine.reason == .lineEnd {
      var endMark = mark
      while current == ASCII.lineFeed,
        let breaks = moveToContinuationLine(parentIndent: parentIndent, inFlow: false)
      {
        let continuation = scanPlainLine(from: pos, inFlow: false)
        if continuation.reason == .mappingValue {
          if couldBeKey && indent == startMark.pos - startMark.lineStart {
            reset(to: startMark)
            throw expectedKeyError()
          }
          throw error(Message.mappingValueInContinuation, at: continuation.stop)
        }
        appendFolded(
          &folded, from: start, to: lastEnd, breaks: breaks, line: pos..<continuation.end)
        lastEnd = continuation.end
        lastLine = continuation
        pos = continuation.stop
        endMark = mark
        if continuation.reason != .lineEnd { break }
      }
      reset(to: endMark)
    }
    var value = try plainValue(from: start, to: lastEnd, folded: folded, location: location)
    if lastLine.reason == .comment { value.comment = comment(from: lastLine.stop) }
    try endLine(unexpectedText: Message.mappingValueOnSameLine)
    return value
  }

  /// The comment from `start` (its `#`) to the end of its line, trailing blanks trimmed.
  private func comment(from start: Int) -> String {
    var end = start
    while byte(at: end) != ASCII.lineFeed && byte(at: end) != ASCII.end { end += 1 }
    while end > start && ASCII.isBlank(byte(at: end - 1)) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Parses a plain scalar inside `[ ]` or `{ }`; the cursor stays right after its text.
  mutating func parseFlowPlainScalar(parentIndent: Int) throws(FrontMatterError) -> YAMLValue {
    let start = pos
    let firstLine = scanPlainLine(from: start, inFlow: true)
    guard firstLine.end > start else {
      throw error(Message.cannotStartValue(character(at: start)), at: start)
    }
    let location = here
    var folded: [UInt8]?
    var lastEnd = firstLine.end
    pos = firstLine.end
    var endMark = mark
    if firstLine.reason == .lineEnd {
      pos = firstLine.stop
      while current == ASCII.lineFeed,
        let breaks = moveToContinuationLine(parentIndent: parentIndent, inFlow: true)
      {
        let continuation = scanPlainLine(from: pos, inFlow: true)
        guard continuation.end > pos else { break }
        appendFolded(
          &folded, from: start, to: lastEnd, breaks: breaks, line: pos..<continuation.end)
        lastEnd = continuation.end
        pos = continuation.end
        endMark = mark
        if continuation.reason != .lineEnd { break }
        pos = continuation.stop
      }
    }
    reset(to: endMark)
    return try plainValue(from: start, to: lastEnd, folded: folded, location: location)
  }

  /// From the line feed under the cursor, moves past blank lines to the first character of
  /// the next line when that line continues a multi-line scalar, returning the number of blank
  /// lines passed; returns nil otherwise (the caller resets the cursor).
  mutating func moveToContinuationLine(parentIndent: Int, inFlow: Bool) -> Int? {
    var breaks = 0
    while current == ASCII.lineFeed {
      advanceLine()
      var contentStart = pos
      while byte(at: contentStart) == ASCII.space { contentStart += 1 }
      var firstVisible = contentStart
      while ASCII.isBlank(byte(at: firstVisible)) { firstVisible += 1 }
      let first = byte(at: firstVisible)
      if first == ASCII.lineFeed {
        breaks += 1
        pos = firstVisible
        continue
      }
      if first == ASCII.end || contentStart - lineStart <= parentIndent { return nil }
      if (firstVisible != contentStart && !inFlow) || first == ASCII.hash { return nil }
      if contentStart == lineStart && isDocumentMarker(at: contentStart) { return nil }
      if inFlow {
        let following = byte(at: firstVisible + 1)
        if ASCII.isFlowIndicator(first) { return nil }
        if first == ASCII.colon
          && (ASCII.isWhiteOrEnd(following) || ASCII.isFlowIndicator(following))
        {
          return nil
        }
      }
      pos = firstVisible
      return breaks
    }
    return nil
  }

  /// Adds one continuation line to a folded plain scalar: a space for a single line break,
  /// one line feed per blank line otherwise.
  private func appendFolded(
    _ folded: inout [UInt8]?, from start: Int, to firstEnd: Int, breaks: Int, line: Range<Int>
  ) {
    if folded == nil { folded = Array(bytes[start..<firstEnd]) }
    if breaks == 0 {
      folded?.append(ASCII.space)
    } else {
      folded?.append(contentsOf: repeatElement(ASCII.lineFeed, count: breaks))
    }
    folded?.append(contentsOf: bytes[line])
  }

  /// Builds the typed value of a plain scalar.
  private func plainValue(from start: Int, to end: Int, folded: [UInt8]?, location: SourceLocation)
    throws(FrontMatterError) -> YAMLValue
  {
    let source = String(decoding: bytes[start..<end], as: UTF8.self)
    let resolution =
      if let folded { ScalarResolver.resolve(folded[...]) } else {
        ScalarResolver.resolve(bytes[start..<end])
      }
    switch resolution {
    case .kind(let kind):
      return YAMLValue(kind, location: location, sourceText: source)
    case .string:
      let text = folded.map { String(decoding: $0, as: UTF8.self) } ?? source
      return YAMLValue(.string(text), location: location, sourceText: source)
    case .invalidDate(let reason):
      let text = folded.map { String(decoding: $0, as: UTF8.self) } ?? source
      throw FrontMatterError(location: location, message: Message.invalidDate(text, reason: reason))
    }
  }
}
