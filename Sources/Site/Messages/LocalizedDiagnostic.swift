extension Diagnostic {
  /// The word for the severity in `language`.
  static func severityWord(_ severity: Severity, in language: String) -> String {
    switch (severity, language) {
    case (.error, "ru"): return "ошибка"
    case (.warning, "ru"): return "предупреждение"
    case (.error, "kk"): return "қате"
    case (.warning, "kk"): return "ескерту"
    default: return severity.rawValue
    }
  }

  /// `path:line:column: ошибка: message [E0101]`: the diagnostic in `language`, with the id
  /// of its message when the catalogue has it.
  public func description(in language: String) -> String {
    let localized = MessageCatalogue.localized(message, in: language)
    let id = localized.id.map { " [\($0)]" } ?? ""
    return "\(path):\(max(line, 1)):\(max(column, 1)): "
      + "\(Self.severityWord(severity, in: language)): \(localized.text)\(id)"
  }
}

/// The summary lines of `build`, `check` and `new`, in the chosen language.
public enum SummaryText {
  /// «built 120 pages into public: 5 files changed, 1 removed, 1,673 unchanged (load …)».
  public static func built(_ report: BuildReport, timings: String, in language: String) -> String {
    let changes = report.changes ?? OutputChanges()
    let folder = report.outputDirectory ?? ""
    if report.upToDate {
      return MessageCatalogue.text(
        "C002",
        [
          count(report.pageCount, in: language), folder,
          count(changes.unchangedCount, in: language),
        ], in: language)
    }
    return MessageCatalogue.text(
      "C001",
      [
        count(report.pageCount, in: language), folder, count(changes.written.count, in: language),
        count(changes.removed.count, in: language), count(changes.unchangedCount, in: language),
        timings,
      ], in: language)
  }

  /// «build failed: 3 errors, 1 warning; the previous output was left as it was».
  public static func failed(_ report: BuildReport, in language: String) -> String {
    MessageCatalogue.text(
      "C003", [count(report.errorCount, in: language), count(report.warningCount, in: language)],
      in: language)
  }

  /// «0 errors, 2 warnings in 18 pages».
  public static func checked(_ report: BuildReport, in language: String) -> String {
    MessageCatalogue.text(
      "C004",
      [
        count(report.errorCount, in: language), count(report.warningCount, in: language),
        count(report.pageCount, in: language),
      ],
      in: language)
  }

  /// The lines naming the pages left out (drafts and future ones); none when there are none.
  public static func leftOut(_ pages: [LeftOutPage], in language: String) -> [String] {
    guard !pages.isEmpty else { return [] }
    return [MessageCatalogue.text("C005", [count(pages.count, in: language)], in: language)]
      + pages.map { "  " + MessageCatalogue.localized($0.line, in: language).text }
  }

  /// «12 broken links shown as text …» for a build (`wouldBe` for a check).
  public static func brokenLinks(_ number: Int, wouldBe: Bool, in language: String) -> String {
    MessageCatalogue.text(wouldBe ? "C009" : "C008", [count(number, in: language)], in: language)
  }

  /// Where a page made by `new` appears, and that it is a draft.
  public static func newPage(at path: String, in language: String) -> String {
    MessageCatalogue.text("C010", [NewPage.address(of: path)], in: language)
  }

  /// The time of each step of a build: «load 0.012s, …»; «чтение 0,012 с, …» in Russian.
  public static func timings(_ steps: [(phase: String, seconds: Double)], in language: String)
    -> String
  {
    let names = stepNames[language] ?? [:]
    return steps.map { step in
      let seconds = String(format: "%.3f", step.seconds)
      guard language != "en" else { return "\(step.phase) \(seconds)s" }
      let name = names[step.phase] ?? step.phase
      return "\(name) " + seconds.replacingOccurrences(of: ".", with: ",") + "\u{00A0}с"
    }.joined(separator: ", ")
  }

  /// The names of the steps of a build, as `SiteBuilder` times them, by language.
  static let stepNames: [String: [String: String]] = [
    "ru": [
      "load": "чтение", "resolve": "связи", "parse": "разметка", "links": "ссылки",
      "contexts": "данные", "pages": "страницы", "lists": "списки", "copy": "копирование",
      "search": "поиск", "write": "запись",
    ],
    "kk": [
      "load": "оқу", "resolve": "байланыстар", "parse": "белгілеу", "links": "сілтемелер",
      "contexts": "деректер", "pages": "беттер", "lists": "тізімдер", "copy": "көшіру",
      "search": "іздеу", "write": "жазу",
    ],
  ]

  /// A line the command line prints (`created …`, `serving …`), in `language`.
  public static func line(_ english: String, in language: String) -> String {
    MessageCatalogue.localized(english, in: language).text
  }

  /// A usage mistake: «pednet-build: …», then where the help is.
  public static func usage(_ problem: String, in language: String) -> String {
    "pednet-build: " + line(problem, in: language) + "\n"
      + MessageCatalogue.text("C011", in: language)
  }

  /// A problem with a whole file that is no diagnostic of a build: «path: ошибка: … [E0612]».
  public static func fileError(_ path: String, _ english: String, in language: String) -> String {
    let localized = MessageCatalogue.localized(english, in: language)
    let id = localized.id.map { " [\($0)]" } ?? ""
    return "\(path): \(Diagnostic.severityWord(.error, in: language)): \(localized.text)\(id)"
  }

  /// A count with its thousands apart: «15,678» in English, «15 678» (a no-break space) in
  /// Russian and Kazakh, where a comma would read as a decimal point.
  static func count(_ number: Int, in language: String) -> String {
    let separator: Character = language == "en" ? "," : "\u{00A0}"
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(separator) }
      text.append(digit)
    }
    return text
  }
}
