import Text

/// Recognises `YYYY-MM-DD` dates and date-times (`2024-03-01T10:00:00`, `2024-03-01 10:00`,
/// optional fractional seconds, optional `Z` or `+03:00`).
enum DateResolver {
  /// nil when the text is not shaped like a date; a date, or the reason it is not a real
  /// date, otherwise.
  static func resolve(_ text: ArraySlice<UInt8>) -> ScalarResolver.Resolution? {
    var reader = ByteReader(text: text)
    guard let year = reader.number(digits: 4...4), reader.take(ASCII.minus),
      let month = reader.number(digits: 2...2), reader.take(ASCII.minus),
      let day = reader.number(digits: 2...2)
    else { return nil }
    var date = YAMLDate(year: year, month: month, day: day)
    if !reader.atEnd {
      guard readTime(&reader, into: &date), reader.atEnd else { return nil }
    }
    if let reason = invalidity(of: date) { return .invalidDate(reason) }
    return .kind(.date(date))
  }

  /// Reads `[Tt ]hh:mm[:ss[.fff]][ ][Z|±hh[:mm]]`.
  private static func readTime(_ reader: inout ByteReader, into date: inout YAMLDate) -> Bool {
    if !reader.take(ASCII.upperT) && !reader.take(ASCII.lowerT) {
      guard reader.skipBlanks() > 0 else { return false }
    }
    guard let hour = reader.number(digits: 1...2), reader.take(ASCII.colon),
      let minute = reader.number(digits: 2...2)
    else { return false }
    date.hour = hour
    date.minute = minute
    if reader.take(ASCII.colon) {
      guard let second = reader.number(digits: 2...2) else { return false }
      date.second = second
      if reader.take(ASCII.period) {
        let start = reader.index
        guard let fraction = reader.number(digits: 1...Int.max, keepingDigits: 9) else {
          return false
        }
        let written = min(reader.index - start, 9)
        var scale = 1
        for _ in written..<9 { scale *= 10 }
        date.nanosecond = fraction * scale
      }
    }
    reader.skipBlanks()
    if reader.atEnd { return true }
    if reader.take(ASCII.upperZ) || reader.take(ASCII.lowerZ) {
      date.timeZoneOffsetMinutes = 0
      return true
    }
    let negative = reader.peek == ASCII.minus
    guard reader.take(ASCII.plus) || reader.take(ASCII.minus) else { return false }
    let hours: Int
    var minutes = 0
    if let compact = reader.number(digits: 4...4) {
      hours = compact / 100
      minutes = compact % 100
    } else {
      guard let written = reader.number(digits: 1...2) else { return false }
      hours = written
      if reader.take(ASCII.colon) {
        guard let writtenMinutes = reader.number(digits: 2...2) else { return false }
        minutes = writtenMinutes
      }
    }
    guard hours <= 23 && minutes <= 59 else { return false }
    let offset = hours * 60 + minutes
    date.timeZoneOffsetMinutes = negative ? -offset : offset
    return true
  }

  /// Why the fields do not make a real date and time, or nil when they do.
  private static func invalidity(of date: YAMLDate) -> String? {
    guard (1...12).contains(date.month) else {
      return "month \(date.month) is not between 1 and 12"
    }
    let days = YAMLDate.daysInMonth(date.month, year: date.year)
    guard (1...days).contains(date.day) else {
      return "day \(date.day) is not between 1 and \(days) in that month"
    }
    if let hour = date.hour, hour > 23 { return "hour \(hour) is not between 0 and 23" }
    if let minute = date.minute, minute > 59 { return "minute \(minute) is not between 0 and 59" }
    if let second = date.second, second > 59 { return "second \(second) is not between 0 and 59" }
    return nil
  }
}

/// Reads ASCII fields from a byte slice.
struct ByteReader {
  let text: ArraySlice<UInt8>
  var index: Int

  init(text: ArraySlice<UInt8>) {
    self.text = text
    self.index = text.startIndex
  }

  var atEnd: Bool { index >= text.endIndex }

  var peek: UInt8 { atEnd ? ASCII.end : text[index] }

  /// Consumes `byte` when it is next.
  mutating func take(_ byte: UInt8) -> Bool {
    guard peek == byte else { return false }
    index += 1
    return true
  }

  /// Consumes spaces and tabs; returns how many.
  @discardableResult
  mutating func skipBlanks() -> Int {
    let start = index
    while ASCII.isBlank(peek) { index += 1 }
    return index - start
  }

  /// Consumes a run of decimal digits whose length is in `digits`; the value of its first
  /// `keepingDigits` digits, or nil (consuming nothing) when the run's length is wrong.
  mutating func number(digits: ClosedRange<Int>, keepingDigits: Int = 9) -> Int? {
    var end = index
    while end < text.endIndex, ASCII.isDigit(text[end]) { end += 1 }
    guard digits.contains(end - index) else { return nil }
    var value = 0
    for position in index..<min(end, index + keepingDigits) {
      value = value * 10 + Int(text[position] - ASCII.zero)
    }
    index = end
    return value
  }
}
