import FrontMatter

/// Resolves `author`, `authors` and `participants` to portfolio pages, with suggestions for
/// ids that match nothing, and records the backlinks.
struct PeopleResolver {
  /// Where problems go.
  let diagnostics: DiagnosticBag

  /// Fills `facts.people` from the `person` fields of each page's kind (`author`, `authors`,
  /// `participants`, …).
  func resolve(_ model: SiteModel) {
    for (index, page) in model.pages.enumerated() {
      let reader = FieldReader(path: page.path, diagnostics: diagnostics)
      var people: [Person] = []
      let fields = model.config.schema.schema(of: page.kind).fields.filter { $0.type == .person }
      guard !fields.isEmpty else { continue }
      for field in fields {
        people += read(page.fields[field.name], named: field.name, reader: reader, model: model)
      }
      page.facts.people = people
      for portfolio in people.compactMap(\.portfolio) {
        model.pages[portfolio].backlinks.insert(index)
      }
    }
  }

  private func read(_ value: YAMLValue?, named name: String, reader: FieldReader, model: SiteModel)
    -> [Person]
  {
    guard let value = reader.given(value) else { return [] }
    let items = value.array ?? [value]
    return items.compactMap { person(from: $0, named: name, reader: reader, model: model) }
  }

  private func person(
    from item: YAMLValue, named name: String, reader: FieldReader, model: SiteModel
  ) -> Person? {
    if let map = item.mapping {
      guard let personName = reader.nonEmptyString(map["name"], named: "\(name).name") else {
        reader.error(
          item, "a person in '\(name)' written as a map needs 'name:' ({name: \"…\", org: \"…\"})")
        return nil
      }
      for entry in map.entries where !["name", "org"].contains(entry.key) {
        reader.warnUnknown(entry.key, at: entry.keyLocation, known: ["name", "org"])
      }
      return Person(
        name: personName, organization: reader.nonEmptyString(map["org"], named: "\(name).org"))
    }
    guard let id = reader.nonEmptyString(item, named: name) else { return nil }
    if let index = model.portfolioByID[id] {
      let portfolio = model.pages[index]
      return Person(name: portfolio.facts.name ?? portfolio.title, portfolio: index)
    }
    var message = "'\(id)' in '\(name)' is not the id of any portfolio"
    let near = Suggestion.closest(to: id, in: model.portfolioByID.keys, limit: 3)
    if near.isEmpty {
      message += "; write a person without a portfolio as {name: \"…\", org: \"…\"}"
    } else {
      message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
    reader.error(item, message)
    return nil
  }
}
