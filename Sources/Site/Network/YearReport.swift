import FrontMatter

/// The counts and lists of one school year's report, made from ``NetworkInput`` only.
///
/// Seminars held are those dated in the year before `today`; later ones are planned. Teachers
/// taking part are the participants of the seminars held and the authors of the materials
/// published in the year; their schools are the schools taking part.
struct YearReport: Sendable, Equatable {
  /// The year.
  let year: SchoolYear
  /// Seminars held, by date (indices into the input's events).
  var seminars: [Int] = []
  /// Seminars of the year still to come.
  var planned: [Int] = []
  /// Materials published in the year, by date (indices into the input's materials).
  var materials: [Int] = []
  /// Keys of the teachers taking part, in the input's order of people.
  var teachers: [String] = []
  /// Schools taking part, sorted the Russian way.
  var schools: [String] = []
  /// Materials by kind label, by subject and (olympiad guides) by level: `(name, count)`,
  /// most first.
  var byKind: [(String, Int)] = []
  var bySubject: [(String, Int)] = []
  var byLevel: [(String, Int)] = []
  /// Materials per month, September first.
  var perMonth = [Int](repeating: 0, count: 12)
  /// Seminar participations per school (a teacher at a seminar counts once), most first.
  var perSchool: [(String, Int)] = []

  static func == (lhs: YearReport, rhs: YearReport) -> Bool {
    lhs.year == rhs.year && lhs.seminars == rhs.seminars && lhs.materials == rhs.materials
      && lhs.teachers == rhs.teachers && lhs.schools == rhs.schools
  }

  /// One report per school year that has a dated seminar or material, oldest first.
  static func all(_ input: NetworkInput, today: Int) -> [YearReport] {
    var years = Set<SchoolYear>()
    for event in input.events { if let date = event.date { years.insert(SchoolYear(date)) } }
    for material in input.materials {
      if let date = material.date { years.insert(SchoolYear(date)) }
    }
    return years.sorted().map { YearReport(year: $0, input: input, today: today) }
  }

  /// The report of `year`.
  init(year: SchoolYear, input: NetworkInput, today: Int) {
    self.year = year
    let inYear = { (date: YAMLDate?) in date.map { SchoolYear($0) == year } ?? false }
    let events = input.events.indices.filter { inYear(input.events[$0].date) }
      .sorted { input.events[$0].date! < input.events[$1].date! }
    seminars = events.filter { input.events[$0].date!.dayKey < today }
    planned = events.filter { input.events[$0].date!.dayKey >= today }
    materials = input.materials.indices.filter { inYear(input.materials[$0].date) }
      .sorted { input.materials[$0].date! < input.materials[$1].date! }
    var taking = Set<String>()
    var participations: [String: Int] = [:]
    let schoolsOf = Dictionary(
      input.people.map { ($0.key, $0.schools) }, uniquingKeysWith: { first, _ in first })
    for index in seminars {
      for key in Set(input.events[index].participants) {
        taking.insert(key)
        for school in schoolsOf[key] ?? [] { participations[school, default: 0] += 1 }
      }
    }
    var kinds: [String: Int] = [:]
    var subjects: [String: Int] = [:]
    var levels: [String: Int] = [:]
    for index in materials {
      let material = input.materials[index]
      taking.formUnion(material.authors)
      kinds[material.kindLabel, default: 0] += 1
      if let subject = material.subject { subjects[subject, default: 0] += 1 }
      if let level = material.level { levels[level, default: 0] += 1 }
      if let date = material.date { perMonth[SchoolYear.monthIndex(date)] += 1 }
    }
    teachers = input.people.map(\.key).filter(taking.contains)
    schools = Self.ranked(
      Dictionary(
        teachers.flatMap { schoolsOf[$0] ?? [] }.map { ($0, 1) }, uniquingKeysWith: { a, _ in a })
    ).map(\.0).map { ($0, RussianText.sortKey($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    byKind = Self.ranked(kinds)
    bySubject = Self.ranked(subjects)
    byLevel = Self.ranked(levels)
    perSchool = Self.ranked(participations)
  }

  /// Counts most first, ties in Russian alphabetical order.
  private static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
    // Each name's key is made once: made in the comparison, it cost most of the map page.
    counts.map { ($0.key, $0.value, RussianText.sortKey($0.key)) }.sorted {
      ($0.1 != $1.1) ? $0.1 > $1.1 : $0.2 < $1.2
    }.map { ($0.0, $0.1) }
  }
}
