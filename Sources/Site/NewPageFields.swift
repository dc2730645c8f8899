/// The front-matter lines `pednet-build new` writes for a kind the built-in templates do not
/// know: each field of the kind with an example and its type explained in a comment.
enum NewPageFields {
  /// One line (or a few) per field of `kind`, in the schema's order.
  static func lines(for kind: KindSchema, schema: SiteSchema) -> [String] {
    kind.fields.filter { !["title", "date", "summary", "tags", "draft"].contains($0.name) }
      .flatMap { field -> [String] in
        let label = field.label.text(in: "ru").map { $0 + ": " } ?? ""
        let need = field.required ? "обязательно; " : ""
        let (example, explained) = sample(field, schema: schema)
        let line = "\(field.name): \(example)"
        let pad = String(repeating: " ", count: max(1, 30 - line.count))
        return [line + pad + "# " + label + need + explained]
      }
  }

  private static func sample(_ field: FieldSchema, schema: SiteSchema) -> (String, String) {
    switch field.type {
    case .text: return ("\"\"", "текст")
    case .markdown: return ("\"\"", "текст, можно с Markdown")
    case .integer:
      let range = field.range.map { " от \($0.lowerBound) до \($0.upperBound)" } ?? ""
      return (String(field.range?.lowerBound ?? 0), "целое число" + range)
    case .date: return ("2025-01-01", "дата ГГГГ-ММ-ДД")
    case .datetime: return ("2025-01-01 10:00", "дата и время ГГГГ-ММ-ДД ЧЧ:ММ")
    case .boolean: return ("false", "true (да) или false (нет)")
    case .list: return ("[]", "список через запятую в квадратных скобках")
    case .grades: return ("\"5-7\"", "класс: число, список [5, 6] или диапазон \"5-7\"")
    case .reference:
      return ("\"\"", "id страницы вида «\(field.references ?? "page")» (имя файла без .md)")
    case .person: return ("[]", "id портфолио или {name: \"…\", org: \"…\"}")
    case .file: return ("\"\"", "файл рядом со страницей")
    case .url: return ("\"https://\"", "адрес в интернете")
    case .email: return ("\"name@school.ru\"", "адрес электронной почты")
    case .choice:
      let vocabulary = field.vocabulary.flatMap { schema.vocabularies[$0] }
      let words = vocabulary?.values ?? []
      let open = vocabulary?.open == true ? " (можно и другое)" : ""
      return (
        LooseValue.quotedIfNeeded(words.first ?? ""),
        "одно из: " + words.joined(separator: ", ") + open
      )
    }
  }
}
