import Mustache

extension ContextBuilder {
  /// `page.fields`: the kind's fields the page has, in schema order, each as
  /// `{name, label, text, items: [{name, url?}], is_<type>: true}`, so a kind renders with no
  /// template of its own; and `page.values`: the raw values by field name.
  func addFields(of page: Page, to value: inout [String: TemplateValue]) {
    var shown: [TemplateValue] = []
    var raw: [String: TemplateValue] = [:]
    let language = page.language
    for (field, read) in zip(page.kind.fields, page.values) {
      guard let read else { continue }
      var entry: [String: TemplateValue] = [
        "name": .string(field.name), "label": .string(field.label(language)),
        "is_" + field.type.name.replacingOccurrences(of: "-", with: "_"): true,
      ]
      let items = self.items(read, of: field, page: page)
      if !items.isEmpty {
        entry["items"] = .array(items)
        entry["has_items"] = true
      }
      entry["text"] = .string(text(read, of: field, language: language))
      shown.append(.dictionary(entry))
      raw[field.name] = rawValue(read)
    }
    if !shown.isEmpty { value["fields"] = .array(shown) }
    value["values"] = .dictionary(raw)
  }

  private func text(_ read: FieldValue, of field: Field, language: String) -> String {
    switch read {
    case .text(let text): return text
    case .number(let number): return field.unit.map { strings.count(number, $0) } ?? String(number)
    case .date(let date): return DateText.text(date, language: language)
    case .flag(let flag): return Self.yesNo[language]?[flag ? 0 : 1] ?? (flag ? "yes" : "no")
    case .texts(let items): return items.joined(separator: ", ")
    case .grades(let grades):
      guard case .dictionary(let value) = gradesValue(grades), case .string(let text)? = value["text"]
      else { return "" }
      return text
    case .people(let people): return people.map(\.name).joined(separator: ", ")
    }
  }

  private static let yesNo = ["ru": ["да", "нет"], "kk": ["иә", "жоқ"], "en": ["yes", "no"]]

  /// The linked parts of a value: facet terms, people with portfolios, referenced pages,
  /// addresses and files.
  private func items(_ read: FieldValue, of field: Field, page: Page) -> [TemplateValue] {
    if let facet = field.facet { return read.texts.map { termValue(facet, $0) } }
    switch (read, field.type) {
    case (.people(let people), _):
      guard case .array(let items)? = peopleValue(people) else { return [] }
      return items
    case (.texts(let ids), .reference(let target)):
      let folder = model.config.schema.kind(named: target)?.folder ?? target
      return ids.map { id in
        guard let index = model.pageBySource["\(folder)/\(id).md"] ?? model.pageBySource["\(folder)/\(id)/index.md"]
        else { return ["name": .string(id)] }
        return ["name": .string(model.pages[index].title), "url": url(model.pages[index].outputDirectory)]
      }
    case (.text(let address), .url): return [["name": .string(address), "url": .string(address)]]
    case (.text(let address), .email):
      return [["name": .string(address), "url": .string("mailto:" + address)]]
    case (.text(let file), .file):
      return [["name": .string(file), "url": .string(photoURL(file, of: page))]]
    default: return []
    }
  }

  private func rawValue(_ read: FieldValue) -> TemplateValue {
    switch read {
    case .text(let text): return .string(text)
    case .number(let number): return .int(number)
    case .date(let date): return .string(date.isoDay)
    case .flag(let flag): return .bool(flag)
    case .texts(let items): return .array(items.map(TemplateValue.string))
    case .grades(let grades): return .array(grades.map(TemplateValue.int))
    case .people(let people): return .array(people.map { .string($0.name) })
    }
  }
}
