import Text

/// Links and images whose file name has spaces, as Windows users name files:
/// `![Фото с урока](Фото с урока.png)` is not a link in CommonMark (a destination with spaces
/// must be written `<Фото с урока.png>`), so it showed as raw text. Before parsing, such a
/// destination is put in angle brackets, with a warning that says so.
///
/// Only a destination on one line that ends in a file extension and holds no quote or
/// parenthesis is touched (`[a](b.pdf "Title")` is a valid link with a title), never inside
/// fenced code or a code span. Columns later on the same line move by the two added bytes.
enum DestinationSpaces {
  /// A position of the bracketed text as a position of the text as written: each bracketed
  /// destination earlier on the line added two bytes (its warnings are where the links start).
  static func original(line: Int, column: Int, repairs: [MarkdownWarning]) -> Int {
    // Repairs come in source order. Binary searches keep this logarithmic: a page with
    // thousands of repaired links on one line asks once per link.
    var low = 0
    var high = repairs.count
    while low < high {
      let middle = (low + high) / 2
      if repairs[middle].line < line { low = middle + 1 } else { high = middle }
    }
    let first = low
    // Repair `first + k` starts at `column + 2k` in the bracketed text.
    high = repairs.count
    while low < high {
      let middle = (low + high) / 2
      let repair = repairs[middle]
      if repair.line == line && repair.column + 2 * (middle - first) < column {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return column - 2 * (low - first)
  }

  /// `bytes` with such destinations bracketed, and a warning for each; nil when there is none.
  static func repair(_ bytes: [UInt8], firstLine: Int) -> (
    bytes: [UInt8], warnings: [MarkdownWarning]
  )? {
    guard mayHaveOne(bytes) else { return nil }
    let source = SourceText(bytes)
    var output: [UInt8] = []
    var warnings: [MarkdownWarning] = []
    var fence: (mark: UInt8, length: Int)?
    var copied = 0
    for line in 1...source.lineCount {
      let range = source.range(ofLine: line)
      if let run = fenceRun(bytes, range) {
        if let open = fence {
          if run.mark == open.mark && run.length >= open.length { fence = nil }
        } else {
          fence = run
        }
        continue
      }
      guard fence == nil else { continue }
      // Columns are counted on from the previous link, not from the line start each time.
      var counted = (offset: range.lowerBound, column: 1)
      for found in destinations(bytes, range) {
        if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
        output.append(contentsOf: bytes[copied..<found.destination.lowerBound])
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: bytes[found.destination])
        output.append(UInt8(ascii: ">"))
        copied = found.destination.upperBound
        let written = String(decoding: bytes[found.destination], as: UTF8.self)
        counted.column += bytes.withUnsafeBufferPointer {
          ByteSearch.scalarCount(UnsafeBufferPointer(rebasing: $0[counted.offset..<found.start]))
        }
        counted.offset = found.start
        warnings.append(
          MarkdownWarning(
            line: line + firstLine - 1,
            column: counted.column,
            message: WarningText.spacesInDestination(written, image: found.isImage)))
      }
    }
    guard !warnings.isEmpty else { return nil }
    output.append(contentsOf: bytes[copied...])
    return (output, warnings)
  }

  /// Whether `](` is followed by a space before the next `)` anywhere (a quick test).
  private static func mayHaveOne(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: "(") {
        var end = index + 2
        while end < bytes.count && bytes[end] != UInt8(ascii: ")") && bytes[end] != 0x0A {
          if bytes[end] == 0x20 { return true }
          end += 1
        }
        // Any later `](` before `end` stops at the same place with no space either: skip
        // it, so that `[a](b` repeated a million times is read once, not once per link.
        index = max(index + 1, end)
        continue
      }
      index += 1
    }
    return false
  }

  /// A line that opens or closes a fence: up to three spaces (or quote marks), then three or
  /// more backticks or tildes.
  private static func fenceRun(_ bytes: [UInt8], _ range: Range<Int>) -> (mark: UInt8, length: Int)?
  {
    var index = range.lowerBound
    while index < range.upperBound && (bytes[index] == 0x20 || bytes[index] == UInt8(ascii: ">")) {
      index += 1
    }
    guard index < range.upperBound else { return nil }
    let mark = bytes[index]
    guard mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return nil }
    var end = index
    while end < range.upperBound && bytes[end] == mark { end += 1 }
    return end - index >= 3 ? (mark, end - index) : nil
  }

  /// The destinations with spaces on one line: where each link starts (`[` or `!`), whether
  /// it is an image, and the destination's bytes.
  private static func destinations(_ bytes: [UInt8], _ range: Range<Int>)
    -> [(start: Int, isImage: Bool, destination: Range<Int>)]
  {
    var found: [(start: Int, isImage: Bool, destination: Range<Int>)] = []
    var backticks = 0
    var openBrackets: [Int] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "`") {
        backticks += 1
      } else if backticks % 2 == 0
        && (index == range.lowerBound || bytes[index - 1] != UInt8(ascii: "\\"))
      {
        if byte == UInt8(ascii: "[") {
          openBrackets.append(index)
        } else if byte == UInt8(ascii: "]"), let open = openBrackets.popLast(),
          index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "("),
          let destination = spacedDestination(bytes, from: index + 2, to: range.upperBound)
        {
          let isImage = open > range.lowerBound && bytes[open - 1] == UInt8(ascii: "!")
          found.append((isImage ? open - 1 : open, isImage, destination))
          openBrackets.removeAll()
          index = destination.upperBound
          continue
        }
      }
      index += 1
    }
    return found
  }

  /// The destination from `start` to the next `)` when it has a space, ends in a file
  /// extension and holds nothing that makes it a valid destination with a title.
  private static func spacedDestination(_ bytes: [UInt8], from start: Int, to end: Int) -> Range<
    Int
  >? {
    guard start < end, bytes[start] != UInt8(ascii: "<"), bytes[start] != 0x20 else { return nil }
    var index = start
    var hasSpace = false
    while index < end && bytes[index] != UInt8(ascii: ")") {
      switch bytes[index] {
      case 0x20: hasSpace = true
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "<"), 0x09:
        return nil
      default: break
      }
      index += 1
    }
    guard hasSpace, index < end, index > start, bytes[index - 1] != 0x20 else { return nil }
    // A file extension: a dot, then 1 to 5 letters or digits, at the end.
    var dot = index - 1
    while dot > start && ASCII.isAlphanumeric(bytes[dot]) && index - dot <= 6 { dot -= 1 }
    guard bytes[dot] == UInt8(ascii: "."), index - dot >= 2, index - dot <= 6 else { return nil }
    return start..<index
  }
}
