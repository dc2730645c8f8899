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
    let known = PageKind.allCases.map(\.sectionName).filter { !$0.isEmpty }
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
    indices.sorted { lhs, rhs in
      let left = model.pages[lhs]
      let right = model.pages[rhs]
      if left.weight != right.weight { return left.weight < right.weight }
      let leftDay = left.date?.dayKey ?? 0
      let rightDay = right.date?.dayKey ?? 0
      if leftDay != rightDay { return leftDay > rightDay }
      return (RussianText.sortKey(left.title), left.path) < (
        RussianText.sortKey(right.title), right.path
      )
    }
  }
}
