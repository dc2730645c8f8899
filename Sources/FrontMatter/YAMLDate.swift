/// A date or a date-time written in front matter, kept as written (no time zone conversion).
///
/// `2024-03-01` has only `year`, `month` and `day`; `2024-03-01T10:00:00+03:00` also has the
/// time and the offset. Ordering compares the fields as written (wall-clock order), which is
/// what a list of seminars sorted by date needs; use ``secondsSince1970(assumingOffsetMinutes:)``
/// to compare instants.
public struct YAMLDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year, e.g. 2024.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int
  /// The hour, 0–23, or nil for a date without a time.
  public var hour: Int?
  /// The minute, 0–59, or nil for a date without a time.
  public var minute: Int?
  /// The second, 0–59, or nil when not written.
  public var second: Int?
  /// Fractional seconds in nanoseconds (`10:00:00.5` → 500,000,000), or nil when not written.
  public var nanosecond: Int?
  /// The offset from UTC in minutes (`Z` → 0, `+03:00` → 180), or nil when not written.
  public var timeZoneOffsetMinutes: Int?

  /// Creates a date; pass `hour` and `minute` for a date-time.
  public init(
    year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
    nanosecond: Int? = nil, timeZoneOffsetMinutes: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.nanosecond = nanosecond
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
  }

  /// True when the value has a time of day.
  public var hasTime: Bool { hour != nil }

  /// `2024-03-01` for a date; `2024-03-01T10:00:00`, with `.5`, `Z` or `+03:00` when written,
  /// for a date-time (seconds are always shown).
  public var description: String {
    var text = Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    guard let hour else { return text }
    text += "T" + Self.padded(hour, 2) + ":" + Self.padded(minute ?? 0, 2) + ":"
    text += Self.padded(second ?? 0, 2)
    if let nanosecond, nanosecond > 0 {
      var digits = Self.padded(nanosecond, 9)
      while digits.hasSuffix("0") { digits.removeLast() }
      text += "." + digits
    }
    if let offset = timeZoneOffsetMinutes {
      if offset == 0 { return text + "Z" }
      let magnitude = abs(offset)
      text += (offset < 0 ? "-" : "+") + Self.padded(magnitude / 60, 2) + ":"
      text += Self.padded(magnitude % 60, 2)
    }
    return text
  }

  /// Seconds since 1970-01-01T00:00:00Z; a missing time is midnight, and a missing offset is
  /// `assumingOffsetMinutes` (the site's time zone).
  public func secondsSince1970(assumingOffsetMinutes: Int = 0) -> Int {
    let days = Self.daysSince1970(year: year, month: month, day: day)
    let clock = (hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0)
    let offset = (timeZoneOffsetMinutes ?? assumingOffsetMinutes) * 60
    return days * 86_400 + clock - offset
  }

  /// Compares the written fields in order; a date without a time sorts before the same date
  /// with one.
  public static func < (lhs: YAMLDate, rhs: YAMLDate) -> Bool {
    if (lhs.year, lhs.month, lhs.day) != (rhs.year, rhs.month, rhs.day) {
      return (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
    let left = (lhs.hour ?? -1, lhs.minute ?? -1, lhs.second ?? -1, lhs.nanosecond ?? -1)
    let right = (rhs.hour ?? -1, rhs.minute ?? -1, rhs.second ?? -1, rhs.nanosecond ?? -1)
    if left != right { return left < right }
    return (lhs.timeZoneOffsetMinutes ?? Int.min) < (rhs.timeZoneOffsetMinutes ?? Int.min)
  }

  /// The number of days in a month of the Gregorian calendar.
  static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to a civil date (the well-known days-from-civil algorithm).
  static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(abs(number))
    let zeros = String(repeating: "0", count: max(0, width - digits.count))
    return (number < 0 ? "-" : "") + zeros + digits
  }
}
