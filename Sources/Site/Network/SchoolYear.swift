import FrontMatter

/// A school year: September of `start` to August of the next year («2024/25»).
struct SchoolYear: Sendable, Hashable, Comparable {
  /// The calendar year it begins in.
  var start: Int

  /// The school year a date falls in.
  init(_ date: YAMLDate) {
    start = date.month >= 9 ? date.year : date.year - 1
  }

  /// The school year beginning in September of `start`.
  init(start: Int) {
    self.start = start
  }

  /// «2024/25».
  var label: String {
    let next = (start + 1) % 100
    return "\(start)/\(next < 10 ? "0" : "")\(next)"
  }

  /// The report's folder name, `2024-25`.
  var slug: String { label.replacingOccurrences(of: "/", with: "-") }

  /// The month's place in the school year: September 0 … August 11.
  static func monthIndex(_ date: YAMLDate) -> Int { (date.month + 3) % 12 }

  static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.start < rhs.start }
}
