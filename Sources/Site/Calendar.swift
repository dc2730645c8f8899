import FrontMatter

/// `calendar.ics`: every seminar as an iCalendar event (RFC 5545), byte-stable.
struct Calendar {
  /// The site.
  let model: SiteModel
  /// Makes absolute (or root-relative) URLs.
  let feeds: Feeds

  /// The name of the one-event calendar written beside each seminar's page.
  static let eventFileName = "event.ics"

  /// The seminars the calendar carries (dated ones), by date then path.
  var seminars: [Int] {
    let seminars = model.pages.indices.filter {
      model.config.schema.isEvent(model.pages[$0].kind) && model.pages[$0].date != nil
    }
    return seminars.sorted {
      (model.pages[$0].date?.dayKey ?? 0, model.pages[$0].path) < (
        model.pages[$1].date?.dayKey ?? 0, model.pages[$1].path
      )
    }
  }

  /// The calendar text, lines ending in CRLF and folded at 75 bytes.
  func text() -> String {
    text(events: seminars, name: model.config.title)
  }

  /// The calendar of one seminar (its `event.ics`), named after the seminar.
  func text(event index: Int) -> String {
    text(events: [index], name: model.pages[index].title)
  }

  /// The one-event calendars of every dated seminar, each in its page's folder.
  func eventFiles() -> [OutputFile] {
    seminars.map {
      OutputFile(model.pages[$0].outputDirectory + Self.eventFileName, text: text(event: $0))
    }
  }

  private func text(events: [Int], name: String) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0",
      "PRODID:-//pednet-build//\(model.config.language.uppercased())",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name),
    ]
    for index in events { lines += event(model.pages[index]) }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  private func event(_ page: Page) -> [String] {
    guard let date = page.date else { return [] }
    var lines = [
      "BEGIN:VEVENT",
      "UID:" + Paths.components(of: page.outputDirectory).joined(separator: "-") + "@pednet-build",
    ]
    lines.append("DTSTAMP:" + stamp(page.updated ?? date))
    lines += start(date)
    lines.append("SUMMARY:" + Self.escape(page.title))
    if let place = page.facts.place ?? page.facts.format {
      lines.append("LOCATION:" + Self.escape(place))
    }
    if !page.summary.isEmpty { lines.append("DESCRIPTION:" + Self.escape(page.summary)) }
    // URL: takes an absolute URI (RFC 5545); a relative one would make the file invalid.
    if !feeds.model.config.baseURL.isEmpty {
      lines.append("URL:" + feeds.absolute(page.outputDirectory))
    }
    lines.append("END:VEVENT")
    return lines
  }

  private func start(_ date: YAMLDate) -> [String] {
    let day = date.isoDay.replacingOccurrences(of: "-", with: "")
    guard let hour = date.hour else {
      let next = nextDay(date).isoDay.replacingOccurrences(of: "-", with: "")
      return ["DTSTART;VALUE=DATE:\(day)", "DTEND;VALUE=DATE:\(next)"]
    }
    let time = two(hour) + two(date.minute ?? 0) + two(date.second ?? 0)
    return ["DTSTART:\(day)T\(time)" + (date.timeZoneOffsetMinutes == 0 ? "Z" : "")]
  }

  private func stamp(_ date: YAMLDate) -> String {
    date.isoDay.replacingOccurrences(of: "-", with: "") + "T000000Z"
  }

  private func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  private func nextDay(_ date: YAMLDate) -> YAMLDate {
    var next = date
    next.day += 1
    if !next.isValidCalendarDate {
      next.day = 1
      next.month += 1
      if next.month > 12 {
        next.month = 1
        next.year += 1
      }
    }
    return next
  }

  /// Text escaped for iCalendar: backslash, semicolon, comma and newline; a carriage
  /// return and every other control character left out, so that no value can end its line
  /// and start a property of its own (`\rBEGIN:VEVENT` in a title).
  static func escape(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
        output += [UInt8(ascii: "\\"), byte]
      case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x09: output.append(0x20)
      case ..<0x20, 0x7F: continue
      default: output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// A line folded so no physical line exceeds 75 bytes, never inside a UTF-8 sequence.
  private func fold(_ line: String) -> String {
    guard line.utf8.count > 75 else { return line }
    let bytes = Array(line.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 24)
    var count = 0
    var index = 0
    while index < bytes.count {
      var end = index + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      if count + (end - index) > 75 {
        result += [0x0D, 0x0A, 0x20]
        count = 1
      }
      result += bytes[index..<end]
      count += end - index
      index = end
    }
    return String(decoding: result, as: UTF8.self)
  }
}
