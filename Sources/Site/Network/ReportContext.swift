import Mustache

extension ContextBuilder {
  /// The yearly reports: `report/` lists the school years, `report/2024-25/` is one year's.
  func reportPages() -> [ListPage] {
    let reports = YearReport.all(network.input, today: today).reversed()
    let language = model.config.language
    let base = NetworkContext.reportsFolder
    var index = common(
      folder: base, title: strings["report_index_title"],
      description: strings["report_index_intro"], language: language, flag: "is_report")
    index["breadcrumbs"] = breadcrumbs(section: nil)
    index["reports"] = .array(
      reports.map { report in
        [
          "title": .string(yearTitle(report.year)), "url": url(base + report.year.slug + "/"),
          "count_text": .string(summaryText(report)),
        ]
      })
    var pages = [
      ListPage(folder: base, template: "reports", context: .dictionary(index.withListFlags()))
    ]
    for report in reports {
      let folder = base + report.year.slug + "/"
      var context = common(
        folder: folder, title: yearTitle(report.year), description: summaryText(report),
        language: language, flag: "is_report")
      context["breadcrumbs"] = .array([
        ["title": .string(strings["home"]), "url": url("")],
        ["title": .string(strings["report_index_title"]), "url": url(base)],
      ])
      context["report"] = .dictionary(reportValue(report).withListFlags())
      pages.append(ListPage(folder: folder, template: "report", context: .dictionary(context)))
    }
    return pages
  }

  private func yearTitle(_ year: SchoolYear) -> String {
    strings["report_title"].replacingOccurrences(of: "{year}", with: year.label)
  }

  private func summaryText(_ report: YearReport) -> String {
    [
      strings.count(report.seminars.count, "seminars_count"),
      strings.count(report.teachers.count, "teachers"),
      strings.count(report.materials.count, "materials"),
    ].joined(separator: " · ")
  }

  private func reportValue(_ report: YearReport) -> [String: TemplateValue] {
    let input = network.input
    let people = Dictionary(input.people.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let counts: [(String, String, Int)] = [
      ("seminars", "report_seminars", report.seminars.count),
      ("teachers", "report_teachers", report.teachers.count),
      ("schools", "report_schools", report.schools.count),
      ("materials", "report_materials", report.materials.count),
    ]
    let event = { (index: Int) -> TemplateValue in
      let event = input.events[index]
      return [
        "title": .string(event.title), "url": self.url(event.folder),
        "date": self.dateValue(event.date, language: self.model.config.language) ?? .null,
        "count_text": .string(self.strings.count(Set(event.participants).count, "teachers")),
      ]
    }
    var value: [String: TemplateValue] = [
      "title": .string(yearTitle(report.year)), "year": .string(report.year.label),
      "counts": .array(
        counts.map { ["key": .string($0.0), "label": .string(strings[$0.1]), "value": .int($0.2)] }),
      "seminars": .array(report.seminars.map(event)),
      "planned": .array(report.planned.map(event)),
      "teachers": .array(
        report.teachers.compactMap { people[$0] }.map { person in
          var value: [String: TemplateValue] = ["name": .string(person.name)]
          if let folder = person.folder { value["url"] = url(folder) }
          if let school = person.schools.first { value["school"] = .string(school) }
          return .dictionary(value)
        }),
      "schools": .array(report.schools.map { ["name": .string($0)] }),
      "materials": .array(
        report.materials.map { index in
          let material = input.materials[index]
          return [
            "title": .string(material.title), "url": url(material.folder),
            "kind_label": .string(material.kindLabel),
            "date": dateValue(material.date, language: model.config.language) ?? .null,
          ]
        }),
      "by_kind": tally(report.byKind), "by_subject": tally(report.bySubject),
      "by_level": tally(report.byLevel),
    ]
    value["charts"] = charts(report)
    return value
  }

  private func tally(_ items: [(String, Int)]) -> TemplateValue {
    .array(items.map { ["name": .string($0.0), "count": .int($0.1)] })
  }

  private func charts(_ report: YearReport) -> TemplateValue {
    var charts: [TemplateValue] = []
    if !report.materials.isEmpty {
      let months = strings["month_short"].split(separator: " ").map(String.init)
      let labels = months.count == 12 ? months : (1...12).map { String(($0 + 7) % 12 + 1) }
      charts.append([
        "title": .string(strings["report_per_month"]),
        "svg": .string(
          YearChart.columns(
            title: strings["report_per_month"], id: "chart-months", labels: labels,
            values: report.perMonth)),
      ])
    }
    if !report.perSchool.isEmpty {
      charts.append([
        "title": .string(strings["report_per_school"]),
        "svg": .string(
          YearChart.bars(
            title: strings["report_per_school"], id: "chart-schools",
            items: Array(report.perSchool.prefix(15)))),
      ])
    }
    return .array(charts)
  }
}
