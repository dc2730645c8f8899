import Mustache

extension ContextBuilder {
  /// The home page: its title and intro from `content/_index.md` (else the site's title),
  /// newest materials of each kind, upcoming seminars, the tag cloud.
  func homePage(intro: String?) -> ListPage {
    let config = model.config
    let index = model.sectionIndexes[""]?.fields
    let title = index?["title"]?.scalarString?.trimmed
    let summary = index?["summary"]?.scalarString?.trimmed
    var context = common(
      folder: "", title: title.flatMap { $0.isEmpty ? nil : $0 } ?? config.title,
      description: summary.flatMap { $0.isEmpty ? nil : $0 } ?? config.description,
      language: config.language, flag: "is_home")
    var home: [String: TemplateValue] = [:]
    if let intro, !intro.isEmpty { home["intro"] = .string(intro) }
    home["tags_url"] = url("tags/")
    context["home"] = .dictionary(home)
    let upcoming = model.pages.indices.filter { index in
      let page = model.pages[index]
      return config.schema.isEvent(page.kind) && (page.date?.dayKey ?? 0) >= today
    }.sorted { (model.pages[$0].date?.dayKey ?? 0) < (model.pages[$1].date?.dayKey ?? 0) }
    let shownAbove = Set(upcoming)
    context["groups"] = .array(
      sectionsForHome.compactMap { section -> TemplateValue? in
        // A seminar shown under «Ближайшие семинары» is not listed a second time.
        let newest = newestFirst(section.pages.filter { !shownAbove.contains($0) })
          .prefix(config.homeItems)
        guard !newest.isEmpty else { return nil }
        return [
          "kind": .string(config.schema.kind(forFolder: section.name).rawValue),
          "title": .string(sectionTitle(section)),
          "url": url(section.outputDirectory), "pages": cards(newest),
        ]
      })
    if !upcoming.isEmpty { context["upcoming"] = cards(upcoming) }
    if let tags = model.taxonomies.first(where: { $0.name == "tags" }), !tags.terms.isEmpty {
      context["tag_cloud"] = .array(tagCloud(tags))
    }
    return ListPage(folder: "", template: "home", context: .dictionary(context.withListFlags()))
  }

  /// Sections with materials first (lessons, olympiads, the site's kinds), then events
  /// (seminars), then portfolios, then others in menu order.
  private var sectionsForHome: [Section] {
    let folders = model.config.schema.homeFolders
    return model.sections.enumerated().sorted { lhs, rhs in
      let left = folders.firstIndex(of: lhs.element.name) ?? folders.count
      let right = folders.firstIndex(of: rhs.element.name) ?? folders.count
      return (left, lhs.offset) < (right, rhs.offset)
    }.map(\.element)
  }

  /// Pages newest first regardless of weight.
  func newestFirst(_ indices: [Int]) -> [Int] {
    indices.sorted {
      (model.pages[$0].date?.dayKey ?? 0, $1) > (model.pages[$1].date?.dayKey ?? 0, $0)
    }
  }

  private func tagCloud(_ tags: Taxonomy) -> [TemplateValue] {
    let counts = tags.terms.map(\.pages.count)
    let low = counts.min() ?? 1
    let high = counts.max() ?? 1
    return tags.terms.map { term in
      let weight = high == low ? 3 : 1 + (term.pages.count - low) * 4 / (high - low)
      return [
        "name": .string(term.name), "url": url("tags/" + term.slug + "/"),
        "count": .int(term.pages.count),
        "count_text": .string(strings.count(term.pages.count, "materials")), "weight": .int(weight),
      ]
    }
  }

  /// The search filters of the facets a site declares (`{name, label}`), beside the built-in
  /// kind, subject, grade and olympiad level; nil when it declares none.
  private func searchFields() -> TemplateValue? {
    let fields = model.config.schema.facets.filter(\.hasOwnSearchFilter)
    guard !fields.isEmpty else { return nil }
    return .array(
      fields.map { facet in
        [
          "name": .string(facet.name),
          "label": .string(facet.label.text(in: model.config.language) ?? facet.name),
        ]
      })
  }

  /// The search page and the 404 page.
  func utilityPages() -> [ListPage] {
    let language = model.config.language
    var search = common(
      folder: "search/", title: strings["search"], description: strings["search"],
      language: language, flag: "is_search")
    search["breadcrumbs"] = breadcrumbs(section: nil)
    var facets: [String: TemplateValue] = [
      "kinds": .array(
        model.config.schema.kinds.map { PageKind(rawValue: $0.name) }.filter { kind in
          model.pages.contains { $0.kind == kind }
        }.map { kind in
          ["value": .string(kind.rawValue), "label": .string(kindLabel(kind))]
        }),
      "subjects": .array(
        (model.taxonomies.first { $0.name == "subjects" }?.terms ?? []).map {
          ["value": .string($0.name)]
        }),
      "grades": .array(
        (model.taxonomies.first { $0.name == "grades" }?.terms ?? []).map {
          ["value": .string($0.name)]
        }),
    ]
    facets["fields"] = searchFields()
    search["facets"] = .dictionary(facets)
    var notFound = common(
      folder: "", title: strings["not_found_title"], description: "", language: language,
      flag: "is_404")
    notFound["breadcrumbs"] = .array([])
    // Served for a missing address at any depth, so its links are absolute (or, without
    // base_url, start from the domain's root).
    notFound["root"] = .string(model.config.baseURL.isEmpty ? "/" : model.config.baseURL)
    // Shown at addresses that do not exist: it is the canonical page of none of them.
    notFound["canonical"] = nil
    return [
      ListPage(folder: "search/", template: "search", context: .dictionary(search)),
      ListPage(folder: "404", template: "404", context: .dictionary(notFound)),
      networkPage(),
    ] + reportPages()
  }
}
