import Mustache

/// One output file a list template produces: the folder and the context.
struct ListPage {
  /// Output folder, root-relative (`lessons/page/2/`).
  var folder: String
  /// Template name.
  var template: String
  /// The context.
  var context: TemplateValue
}

extension ContextBuilder {
  /// The list pages of a section, paginated.
  func sectionPages(_ section: Section, intro: String?) -> [ListPage] {
    let title = sectionTitle(section)
    return paginate(section.pages, base: section.outputDirectory) { folder, pages, pagination in
      var context = common(
        folder: folder, title: title, description: title, language: model.config.language,
        flag: "is_section")
      context["breadcrumbs"] = breadcrumbs(section: nil)
      var value: [String: TemplateValue] = [
        "title": .string(title), "url": url(section.outputDirectory), "name": .string(section.name),
        "feed": .string(section.outputDirectory + "feed.xml"),
      ]
      if let intro, !intro.isEmpty { value["intro"] = .string(intro) }
      context["section"] = .dictionary(value)
      context["pages"] = pages
      context["pagination"] = pagination
      return ListPage(
        folder: folder, template: "section", context: .dictionary(context.withListFlags()))
    }
  }

  /// The list of a taxonomy's terms and one paginated list per term.
  func taxonomyPages(_ taxonomy: Taxonomy) -> [ListPage] {
    let title =
      strings.texts["taxonomy_" + taxonomy.name]
      ?? taxonomy.label.text(in: model.config.language) ?? taxonomy.name
    let base = taxonomy.name + "/"
    var context = common(
      folder: base, title: title, description: title, language: model.config.language,
      flag: "is_taxonomy")
    context["breadcrumbs"] = breadcrumbs(section: nil)
    let terms = taxonomy.terms.map { term -> TemplateValue in
      [
        "name": .string(term.name), "url": url(base + term.slug + "/"),
        "count": .int(term.pages.count),
        "count_text": .string(strings.count(term.pages.count, "materials")),
      ]
    }
    context["taxonomy"] = [
      "name": .string(taxonomy.name), "title": .string(title), "terms": .array(terms),
    ]
    var pages = [ListPage(folder: base, template: "taxonomy", context: .dictionary(context))]
    for term in taxonomy.terms {
      let termTitle =
        taxonomy.name == "grades"
        ? strings["grade_text"].replacingOccurrences(of: "{grades}", with: term.name) : term.name
      pages += paginate(term.pages, base: base + term.slug + "/") { folder, cards, pagination in
        var context = common(
          folder: folder, title: termTitle, description: "\(title): \(termTitle)",
          language: model.config.language, flag: "is_term")
        context["breadcrumbs"] = .array([
          ["title": .string(strings["home"]), "url": url("")],
          ["title": .string(title), "url": url(base)],
        ])
        context["term"] = [
          "name": .string(termTitle), "taxonomy_title": .string(title), "taxonomy_url": url(base),
          "count_text": .string(strings.count(term.pages.count, "materials")),
        ]
        context["pages"] = cards
        context["pagination"] = pagination
        return ListPage(
          folder: folder, template: "term", context: .dictionary(context.withListFlags()))
      }
    }
    return pages
  }

  /// Splits `indices` into pages of `paginate` cards: `base`, then `base/page/2/`…
  func paginate(
    _ indices: [Int], base: String, make: (String, TemplateValue, TemplateValue?) -> ListPage
  ) -> [ListPage] {
    let size = model.config.paginate
    let total = max(1, (indices.count + size - 1) / size)
    let folder = { (number: Int) in number == 1 ? base : base + "page/\(number)/" }
    return (1...total).map { number in
      let slice = indices[
        min(indices.count, (number - 1) * size)..<min(indices.count, number * size)]
      var pagination: TemplateValue?
      if total > 1 {
        var value: [String: TemplateValue] = [
          "current": .int(number), "total": .int(total),
          "pages": .array(
            Self.pageWindow(current: number, total: total).map { shown -> TemplateValue in
              guard let shown else { return ["gap": true] }
              return [
                "number": .int(shown), "url": url(folder(shown)), "current": .bool(shown == number),
              ]
            }),
        ]
        if number > 1 { value["prev"] = url(folder(number - 1)) }
        if number < total { value["next"] = url(folder(number + 1)) }
        pagination = .dictionary(value)
      }
      return make(folder(number), cards(slice), pagination)
    }
  }

  /// The page numbers a pagination bar shows: the first, the last and two on each side of the
  /// current one; nil stands for a gap of hidden numbers (a gap of one number shows it).
  static func pageWindow(current: Int, total: Int) -> [Int?] {
    let shown = Set([1, total] + Array(max(1, current - 2)...min(total, current + 2)))
    var result: [Int?] = []
    var previous = 0
    for number in shown.sorted() {
      if number - previous == 2 {
        result.append(number - 1)
      } else if number - previous > 2 {
        result.append(nil)
      }
      result.append(number)
      previous = number
    }
    return result
  }
}
