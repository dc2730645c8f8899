/// Groups pages into sections, sorted by weight, then newest first, then by title.
struct SectionBuilder {
  /// The settings.
  let config: SiteConfig

  /// The sections of the site, in menu order (the four kinds' sections first).
  func build(_ model: SiteModel) -> [Section] {
    var bySection: [String: [Int]] = [:]
    for (index, page) in model.pages.enumerated() where !page.section.isEmpty {
      bySection[page.section, default: []].append(index)
    }
    let known = config.schema.folders
    let names = bySection.keys.sorted { lhs, rhs in
      let left = known.firstIndex(of: lhs) ?? known.count
      let right = known.firstIndex(of: rhs) ?? known.count
      return (left, RussianText.sortKey(lhs)) < (right, RussianText.sortKey(rhs))
    }
    return names.map { name in
      let title = model.sectionIndexes[name].flatMap { $0.fields["title"]?.scalarString }
      return Section(
        name: name, title: title ?? "", outputDirectory: Slug.make(name, fallback: "section") + "/",
        pages: Self.ordered(bySection[name] ?? [], in: model))
    }
  }

  /// Pages by weight (when set), then newest first, then by title the Russian way.
  static func ordered(_ indices: [Int], in model: SiteModel) -> [Int] {
    let keys = indices.map { index in
      let page = model.pages[index]
      return OrderKey(
        weight: page.weight, day: page.date?.dayKey ?? 0, title: page.titleSortKey,
        path: page.path)
    }
    return indices.indices.sorted { keys[$0] < keys[$1] }.map { indices[$0] }
  }
}

/// What pages of a list are sorted by, computed once per page.
private struct OrderKey: Comparable {
  var weight: Int
  var day: Int
  var title: String
  var path: String

  static func < (left: OrderKey, right: OrderKey) -> Bool {
    if left.weight != right.weight { return left.weight < right.weight }
    if left.day != right.day { return left.day > right.day }
    return (left.title, left.path) < (right.title, right.path)
  }
}
