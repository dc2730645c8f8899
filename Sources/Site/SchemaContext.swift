import Mustache

extension ContextBuilder {
  /// The fields a site's schema adds to `page`, for the theme: `fields` in the schema's
  /// order as `[{name, label, value, items}]`, a facet's with its term pages as `terms`
  /// (`[{name, url}]`; what the generic `entry` template lists), and
  /// `values` by name for theme authors.
  func addSchemaFields(_ page: Page, to value: inout [String: TemplateValue]) {
    guard !page.facts.values.isEmpty else { return }
    let kind = model.config.schema.schema(of: page.kind)
    var byName: [String: TemplateValue] = [:]
    let fields = page.facts.values.map { field -> TemplateValue in
      let schema = kind.field(named: field.name)
      let label = schema?.label.text(in: page.language) ?? field.name
      byName[field.name] = .string(field.text)
      var item: [String: TemplateValue] = [
        "name": .string(field.name), "label": .string(label), "value": .string(field.text),
        "items": .array(field.items.map(TemplateValue.string)),
      ]
      if let schema, schema.facet, let terms = page.facts.terms[field.name] {
        item["terms"] = .array(terms.map { termValue(schema.facetName, $0) })
        item["has_terms"] = .bool(!terms.isEmpty)
      }
      return .dictionary(item)
    }
    value["fields"] = .array(fields)
    value["values"] = .dictionary(byName)
  }
}
