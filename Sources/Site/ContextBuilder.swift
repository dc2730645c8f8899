import FrontMatter
import Mustache
import Text

/// Builds the template values of pages and lists (the context is documented in
/// `docs/theme.md`). Values that don't depend on the page are made once.
struct ContextBuilder: Sendable {
  /// The site.
  let model: SiteModel
  /// The interface strings.
  let strings: UIStrings
  /// Today as `YYYYMMDD` (for upcoming seminars).
  let today: Int
  /// Term slugs by taxonomy name, then by sort key of the term.
  let termSlugs: [String: [String: String]]
  /// Terms' `{name, url}` by taxonomy name, then by the term's name as shown (made once;
  /// other spellings of a term are looked up by sort key).
  let termValuesByName: [String: [ExactText: TemplateValue]]
  /// The `site` value with its menu: first with no section current, then with each section
  /// of `model.sections` current in turn.
  private(set) var siteValues: [TemplateValue] = []
  /// The `t` value.
  let uiValue: TemplateValue
  /// Each page's position in its section's list (-1 for pages outside sections).
  let sectionPositions: [Int]
  /// Every page's card, made once (cards don't depend on the page that lists them).
  private var cachedCards: [TemplateValue] = []
  /// `gradesValue` of every grade list the pages name, made once.
  private var gradeValues: [[Int]: TemplateValue] = [:]
  /// Who works with whom: the network map's graph, made once.
  let network: NetworkSite
  /// Where network maps are kept for the next build; nil when none are kept.
  let cache: BuildCache?

  init(model: SiteModel, strings: UIStrings, today: Int, year: Int, cache: BuildCache? = nil) {
    self.model = model
    self.strings = strings
    self.today = today
    self.cache = cache
    network = NetworkSite(model: model, cache: cache) { strings["kind_" + $0] }
    var slugs: [String: [String: String]] = [:]
    var valuesByName: [String: [ExactText: TemplateValue]] = [:]
    for taxonomy in model.taxonomies {
      for term in taxonomy.terms {
        slugs[taxonomy.name, default: [:]][RussianText.sortKey(term.name)] = term.slug
        valuesByName[taxonomy.name, default: [:]][ExactText(term.name)] = Self.termValue(
          term.name, url: model.config.href("\(taxonomy.name)/\(term.slug)/"))
      }
    }
    termSlugs = slugs
    termValuesByName = valuesByName
    let config = model.config
    let site: [String: TemplateValue] = [
      "title": .string(config.title), "description": .string(config.description),
      "language": .string(config.language), "base_url": .string(config.baseURL),
      "year": .int(year), "copyright": .string(config.copyright),
      "params": .dictionary(config.params.mapValues { .string($0) }),
    ]
    uiValue = strings.templateValue
    var positions = [Int](repeating: -1, count: model.pages.count)
    for section in model.sections {
      for (position, index) in section.pages.enumerated() { positions[index] = position }
    }
    sectionPositions = positions
    siteValues = Self.siteValues(site, builder: self)
    for grades in Set(model.pages.map(\.facts.grades)) {
      gradeValues[grades] = gradesValue(grades)
    }
    let builder = self
    cachedCards = Parallel.map(Array(model.pages.indices)) { builder.makeCard($0) }
  }

  /// The root-relative link to an output folder.
  func url(_ folder: String) -> TemplateValue {
    .string(model.config.href(folder))
  }

  /// `{iso, text}` of a date.
  func dateValue(_ date: YAMLDate?, language: String) -> TemplateValue? {
    guard let date else { return nil }
    return ["iso": .string(date.isoDay), "text": .string(DateText.text(date, language: language))]
  }

  /// `{name, url}` of a taxonomy term.
  func termValue(_ taxonomy: String, _ name: String) -> TemplateValue {
    if let made = termValuesByName[taxonomy]?[ExactText(name)] { return made }
    let slug =
      termSlugs[taxonomy]?[RussianText.sortKey(name)] ?? Slug.make(name, fallback: "term")
    return Self.termValue(name, url: model.config.href("\(taxonomy)/\(slug)/"))
  }

  private static func termValue(_ name: String, url: String) -> TemplateValue {
    ["name": .string(name), "url": .string(url)]
  }

  /// `{text, items}` of a grade list («5–7 класс»).
  func gradesValue(_ grades: [Int]) -> TemplateValue? {
    guard !grades.isEmpty else { return nil }
    if let made = gradeValues[grades] { return made }
    let key = grades.count > 1 && strings.texts["grades_text"] != nil ? "grades_text" : "grade_text"
    let text = strings[key].replacingOccurrences(of: "{grades}", with: GradeText.compact(grades))
    return [
      "text": .string(text), "items": .array(grades.map { termValue("grades", String($0)) }),
      "one": .bool(grades.count == 1),
    ]
  }

  /// People as `[{name, url?, org?}]`.
  func peopleValue(_ people: [Person]) -> TemplateValue? {
    guard !people.isEmpty else { return nil }
    return .array(
      people.map { person in
        var value: [String: TemplateValue] = ["name": .string(person.name)]
        if let portfolio = person.portfolio {
          value["url"] = url(model.pages[portfolio].outputDirectory)
        }
        if let org = person.organization { value["org"] = .string(org) }
        return .dictionary(value)
      })
  }

  /// The card of a page, as every list shows it.
  func card(_ index: Int) -> TemplateValue {
    index < cachedCards.count ? cachedCards[index] : makeCard(index)
  }

  private func makeCard(_ index: Int) -> TemplateValue {
    let page = model.pages[index]
    var value: [String: TemplateValue] = [
      "title": .string(shown(page.title, page)), "url": url(page.outputDirectory),
      "kind": .string(page.kind.rawValue),
      "kind_label": .string(kindLabel(page.kind)),
    ]
    value["date"] = dateValue(page.date, language: model.config.language)
    if !page.summary.isEmpty { value["summary"] = .string(page.summary) }
    let schema = model.config.schema
    if let subject = page.facts.subjects.first, !schema.isPeople(page.kind) {
      value["subject"] = termValue("subjects", subject)
    }
    value["grades"] = gradesValue(page.facts.grades)
    if !page.tags.isEmpty { value["tags"] = .array(page.tags.map { termValue("tags", $0) }) }
    let isEvent = schema.isEvent(page.kind)
    if !isEvent { value["authors"] = peopleValue(page.facts.people) }
    if isEvent, let date = page.date {
      // Keys no enclosing context has, so a card without them never inherits a parent's.
      value[date.dayKey >= today ? "upcoming" : "held"] = true
    }
    return .dictionary(value)
  }

  /// A page's title or name as the theme shows it: with its language's typography.
  func shown(_ text: String, _ page: Page) -> String {
    TitleTypography.apply(text, language: page.language)
  }

  /// Cards of several pages.
  func cards(_ indices: some Sequence<Int>) -> TemplateValue {
    .array(indices.map(card))
  }

  /// The context every template gets, for a page at `folder` (root-relative).
  func common(folder: String, title: String, description: String, language: String, flag: String)
    -> [String: TemplateValue]
  {
    var value: [String: TemplateValue] = [
      "site": siteValues[currentMenuItem(folder).map { $0 + 1 } ?? 0], "t": uiValue,
      "root": .string(String(repeating: "../", count: LinkTarget.segmentCount(folder))),
      "lang": .string(language), "title": .string(title), "description": .string(description),
      "page_url": url(folder), flag: true, "network_url": url(NetworkContext.folder),
      "reports_url": url(NetworkContext.reportsFolder),
    ]
    if !model.config.baseURL.isEmpty { value["canonical"] = .string(model.config.baseURL + folder) }
    value["og_locale"] = .string(["kk": "kk_KZ", "en": "en_US"][language] ?? "ru_RU")
    return value
  }

  /// The `site` value once with no menu item current, then once with each item current.
  private static func siteValues(_ site: [String: TemplateValue], builder: ContextBuilder)
    -> [TemplateValue]
  {
    let items = builder.model.menu.map(builder.menuValue)
    return (-1..<items.count).map { current in
      var value = site
      value["menu"] = .array(
        items.enumerated().map { position, item in
          var item = item
          item["current"] = .bool(position == current)
          return .dictionary(item)
        })
      return .dictionary(value)
    }
  }

  /// A menu item's title and address (`external` for a link outside the site).
  private func menuValue(_ item: MenuItem) -> [String: TemplateValue] {
    switch item {
    case .section(let index, let title):
      let section = model.sections[index]
      return [
        "title": .string(title ?? sectionTitle(section)), "url": url(section.outputDirectory),
      ]
    case .page(let index, let title):
      let page = model.pages[index]
      return ["title": .string(title ?? shown(page.title, page)), "url": url(page.outputDirectory)]
    case .link(let address, let title):
      return ["title": .string(title), "url": .string(address), "external": true]
    }
  }

  /// The menu item a page at `folder` belongs to: its own page, else the section it is in.
  private func currentMenuItem(_ folder: String) -> Int? {
    var best: (index: Int, length: Int)?
    for (index, item) in model.menu.enumerated() {
      let target: String
      switch item {
      case .section(let section, _): target = model.sections[section].outputDirectory
      case .page(let page, _):
        target = model.pages[page].outputDirectory
        guard folder == target else { continue }
      case .link: continue
      }
      guard folder.hasPrefix(target), target.utf8.count > (best?.length ?? -1) else { continue }
      best = (index, target.utf8.count)
    }
    return best?.index
  }

  /// A section's title: from its `_index.md`, else the UI string, else its folder name.
  func sectionTitle(_ section: Section) -> String {
    if !section.title.isEmpty { return section.title }
    let key = "section_" + section.name
    if let text = strings.texts[key] { return text }
    let kind = model.config.schema.kinds.first { $0.folder == section.name }
    return kind?.plural.text(in: model.config.language) ?? section.name
  }

  /// One page of `kind` as the interface calls it: the theme's `kind_<name>`, else the
  /// schema's name of the kind, else its id.
  func kindLabel(_ kind: PageKind) -> String {
    if let text = strings.texts["kind_" + kind.rawValue] { return text }
    return model.config.schema.kind(named: kind.rawValue)?.label.text(in: model.config.language)
      ?? kind.rawValue
  }

  /// Breadcrumbs `[{title, url}]` from the home page down to the section.
  func breadcrumbs(section: String?) -> TemplateValue {
    var items: [TemplateValue] = [["title": .string(strings["home"]), "url": url("")]]
    if let section, let found = model.sections.first(where: { $0.name == section }) {
      items.append(["title": .string(sectionTitle(found)), "url": url(found.outputDirectory)])
    }
    return .array(items)
  }
}

extension Dictionary where Key == String, Value == TemplateValue {
  /// The map with `has_<key>: true` beside every non-empty list, so a template can wrap a list
  /// in `<ul>` or give it a heading only when it has items, and `one_<key>: true` beside a
  /// list of one, so its label can be singular («Автор», not «Авторы»).
  func withListFlags() -> [String: TemplateValue] {
    var result = self
    for (key, value) in self {
      guard case .array(let items) = value, !items.isEmpty else { continue }
      result["has_" + key] = true
      if items.count == 1 { result["one_" + key] = true }
    }
    return result
  }
}

/// Grade lists written compactly: `5`, `5–7`, `5, 7, 9`.
enum GradeText {
  /// The compact text of sorted grades.
  static func compact(_ grades: [Int]) -> String {
    guard let first = grades.first, let last = grades.last else { return "" }
    if grades.count > 1, last - first == grades.count - 1 { return "\(first)–\(last)" }
    return grades.map(String.init).joined(separator: ", ")
  }
}
