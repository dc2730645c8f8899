import FrontMatter
import Mustache

/// The theme's interface strings for one language (`i18n/<language>.yml`), with plurals.
struct UIStrings: Sendable {
  /// The language.
  let language: String
  /// Plain strings by key.
  private(set) var texts: [String: String] = [:]
  /// Plural forms by key, then by CLDR category.
  private(set) var plurals: [String: [String: String]] = [:]

  /// Strings merged from YAML sources, later ones overriding earlier ones; problems reported
  /// against `path` of each source.
  init(language: String, sources: [(text: String, path: String)], diagnostics: DiagnosticBag) {
    self.language = language
    for source in sources {
      do {
        let value = try FrontMatter.parseYAML(source.text)
        guard let map = value.mapping else { continue }
        for entry in map.entries {
          if let forms = entry.value.mapping {
            var table: [String: String] = [:]
            for form in forms.entries { table[form.key] = form.value.scalarString ?? "" }
            plurals[entry.key] = table
          } else {
            texts[entry.key] = entry.value.scalarString ?? ""
          }
        }
      } catch {
        diagnostics.error(
          source.path, line: error.location.line, column: error.location.column, error.message)
      }
    }
  }

  /// The string for `key`, or the key itself so a missing string is visible, not blank.
  subscript(key: String) -> String {
    texts[key] ?? key
  }

  /// `count` followed by the right plural form of `key` («3 материала»).
  func count(_ count: Int, _ key: String) -> String {
    guard let forms = plurals[key] else { return "\(count)" }
    let category = RussianText.pluralCategory(count, language: language)
    let word =
      forms[category] ?? forms["other"] ?? forms["many"] ?? forms.values.sorted().first ?? ""
    return "\(count) \(word)"
  }

  /// Every key of ``templateValue``.
  var templateValueKeys: [String] {
    Array(texts.keys) + plurals.flatMap { key, forms in forms.keys.map { key + "_" + $0 } }
  }

  /// Every string (and every plural form as `key_one`, `key_few`…) as the template value `t`.
  var templateValue: TemplateValue {
    var map: [String: TemplateValue] = [:]
    for (key, text) in texts { map[key] = .string(text) }
    for (key, forms) in plurals {
      for (category, text) in forms { map[key + "_" + category] = .string(text) }
    }
    return .dictionary(map)
  }
}
