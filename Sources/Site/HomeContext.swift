import Mustache

extension ContextBuilder {
  /// The home page: newest materials of each kind, upcoming seminars, the tag cloud.
  func homePage(intro: String?) -> ListPage {
    let config = model.config
    var context = common(
      folder: "", title: config.title, description: config.description, language: config.language,
      flag: "is_home")
    var home: [String: TemplateValue] = [:]
    if let intro, !intro.isEmpty { home["intro"] = .string(intro) }
    home["tags_url"] = url("tags/")
    context["home"] = .dictionary(home)
    context["groups"] = .array(
      sectionsForHome.compactMap { section -> TemplateValue? in
        let newest = newestFirst(section.pages).prefix(config.homeItems)
        guard !newest.isEmpty else { return nil }
        return [
          "kind": .string(model.config.schema.kind(forFolder: section.name).name),
          "title": .string(sectionTitle(section)),
          "url": url(section.outputDirectory), "pages": cards(newest),
        ]
      })
    let upcoming = model.pages.indices.filter { index in
      let page = model.pages[index]
      return page.kind.events && (page.date?.dayKey ?? 0) >= today
    }.sorted { (model.pages[$0].date?.dayKey ?? 0) < (model.pages[$1].date?.dayKey ?? 0) }
    if !upcoming.isEmpty { context["upcoming"] = cards(upcoming) }
    if let tags = model.taxonomies.first(where: { $0.name == "tags" }), !tags.terms.isEmpty {
      context["tag_cloud"] = .array(tagCloud(tags))
    }
    return ListPage(folder: "", template: "home", context: .dictionary(context.withListFlags()))
  }

  /// Sections of the kinds the schema's `home:` names, in its order, then others in menu order.
  private var sectionsForHome: [Section] {
    let schema = model.config.schema
    let kinds = schema.home.compactMap(schema.kind(named:))
    return model.sections.enumerated().sorted { lhs, rhs in
      let left = kinds.firstIndex(of: schema.kind(forFolder: lhs.element.name)) ?? kinds.count
      let right = kinds.firstIndex(of: schema.kind(forFolder: rhs.element.name)) ?? kinds.count
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

  /// The search page and the 404 page.
  func utilityPages() -> [ListPage] {
    let language = model.config.language
    var search = common(
      folder: "search/", title: strings["search"], description: strings["search"],
      language: language, flag: "is_search")
    search["breadcrumbs"] = breadcrumbs(section: nil)
    let facets: [String: TemplateValue] = [
      "kinds": .array(
        model.config.schema.kinds.filter { kind in model.pages.contains { $0.kind == kind } }.map {
          kind in ["value": .string(kind.name), "label": .string(kindLabel(kind))]
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
    var withOthers = facets
    let schema = model.config.schema
    withOthers["others"] = .array(
      schema.facets.filter { facet in
        !SearchFeeder.builtInFilters.contains(facet)
          && model.taxonomies.contains { $0.name == facet && !$0.terms.isEmpty }
      }.map { facet in
        [
          "name": .string(facet),
          "label": .string(schema.facetField(facet)?.label(language) ?? facet),
        ]
      })
    // Kinds the theme has no `kind_…` string for get their label from the schema.
    withOthers["kind_labels"] = .array(
      schema.kinds.filter { strings.texts["kind_" + $0.name] == nil }.map { kind in
        ["value": .string(kind.name), "label": .string(kindLabel(kind))]
      })
    search["facets"] = .dictionary(withOthers.withListFlags())
    var notFound = common(
      folder: "", title: strings["not_found_title"], description: "", language: language,
      flag: "is_404")
    notFound["breadcrumbs"] = .array([])
    notFound["root"] = .string(model.config.baseURL.isEmpty ? "/" : model.config.baseURL)
    return [
      ListPage(folder: "search/", template: "search", context: .dictionary(search)),
      ListPage(folder: "404", template: "404", context: .dictionary(notFound)),
    ]
  }
}
