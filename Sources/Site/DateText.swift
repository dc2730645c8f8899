import FrontMatter

/// Dates written out in the site's language: «15 ноября 2012 г.», «2012 ж. 15 қараша»,
/// «15 November 2012».
enum DateText {
  static let russianMonths = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
  ]
  static let kazakhMonths = [
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
    "қазан", "қараша", "желтоқсан",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The date in words.
  static func text(_ date: YAMLDate, language: String) -> String {
    let month = max(0, min(11, date.month - 1))
    switch language {
    case "kk": return "\(date.year) ж. \(date.day) \(kazakhMonths[month])"
    case "en": return "\(date.day) \(englishMonths[month]) \(date.year)"
    default: return "\(date.day) \(russianMonths[month]) \(date.year) г."
    }
  }
}

extension DateText {
  /// The time of day of a date-time as `10:00`; nil for a date without a time.
  static func time(_ date: YAMLDate) -> String? {
    guard let hour = date.hour else { return nil }
    let minute = date.minute ?? 0
    return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
  }
}
