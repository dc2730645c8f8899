/// The starting text of a new page of a kind: every field of its schema with an example and
/// a comment saying what it takes, in the site's language (Russian when the schema has no
/// hint in it).
struct NewPageTemplates {
  /// For vocabularies.
  let schema: Schema
  /// The site's language.
  let language: String

  /// The file text.
  func text(for kind: Kind, title: String, date: String, author: String?) -> String {
    var lines = [
      "---",
      "title: \(Self.quoted(title))",
      "date: \(date)                # дата публикации (для события: дата проведения), ГГГГ-ММ-ДД",
      "summary: \"Одно предложение о материале: его увидят в списках и в поиске.\"",
      "tags: [ФГОС]                  # метки через запятую в квадратных скобках",
      "draft: true                   # черновик: удалите строку, когда материал готов",
    ]
    var authorWritten = false
    for field in kind.fields where field.name != "date" {
      var line = self.line(field, author: authorWritten ? nil : author)
      if field.type == .person && field.role == "authors" && !line.hasPrefix("#") {
        authorWritten = true
      }
      let hint = self.hint(field)
      if !hint.isEmpty {
        let padding = String(repeating: " ", count: max(1, 30 - line.count))
        line += padding + "# " + hint
      }
      lines.append(line)
    }
    lines += ["---", "", kind.body ?? "Текст страницы.\n"]
    let text = lines.joined(separator: "\n")
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }

  /// `name: example`, or the line commented out when the field is optional and has no example.
  private func line(_ field: Field, author: String?) -> String {
    let name = field.name
    let example = field.example
    switch field.type {
    case .person:
      if field.role == "participants" {
        return "\(name): [{name: \"Гость семинара\", org: \"Гимназия № 2\"}]"
      }
      if let author { return "\(name): \(author)" }
      return "# \(name): ivanova-anna"
    case .list:
      guard let example else { return "\(name): [\"первое\", \"второе\"]" }
      return "\(name): " + (example.hasPrefix("[") ? example : "[\(Self.quoted(example))]")
    case .choice:
      let first = field.vocabulary.flatMap { schema.vocabularies[$0]?.values.first }
      guard let value = example ?? first else { return "# \(name): " }
      return "\(name): \(Self.quoted(value))"
    case .grades: return "\(name): \(Self.quoted(example ?? "5"))"
    case .integer(let range):
      return "\(name): \(example ?? String(max(range.lowerBound, min(range.upperBound, 1))))"
    case .date, .dateTime: return "\(name): 2024-09-01"
    case .boolean: return "\(name): false"
    case .url: return "\(name): \(Self.quoted(example ?? "https://example.org"))"
    case .email: return "\(name): \(Self.quoted(example ?? "teacher@example.org"))"
    case .text, .markdown:
      if let example { return "\(name): \(Self.quoted(example))" }
      return field.required ? "\(name): \"заполните\"" : "# \(name): \"\""
    case .file, .reference: return "# \(name): "
    }
  }

  /// What the field takes, for the comment beside it.
  private func hint(_ field: Field) -> String {
    if let hint = field.hints[language] ?? field.hints["ru"] { return hint }
    var words: String
    switch field.type {
    case .text: words = "текст"
    case .markdown: words = "текст Markdown"
    case .integer(let range): words = "целое число от \(range.lowerBound) до \(range.upperBound)"
    case .date: words = "дата ГГГГ-ММ-ДД"
    case .dateTime: words = "дата и время ГГГГ-ММ-ДД ЧЧ:ММ"
    case .boolean: words = "true или false"
    case .list: words = "список через запятую в квадратных скобках"
    case .grades: words = "класс: 5, диапазон 5-7 или список [5, 6]"
    case .reference(let target): words = "имя файла страницы вида «\(target)» без .md"
    case .person: words = "id портфолио или {name: \"…\", org: \"…\"}"
    case .file: words = "файл рядом со страницей"
    case .url: words = "адрес https://…"
    case .email: words = "адрес электронной почты"
    case .choice:
      let vocabulary = field.vocabulary.flatMap { schema.vocabularies[$0] }
      let values = vocabulary?.values ?? []
      words = values.count <= 6 ? "одно из: " + values.joined(separator: ", ") : "значение из списка «\(field.vocabulary ?? "")»"
      if vocabulary?.open == true { words += " (можно своё)" }
    }
    return field.required ? words + "; обязательно" : words
  }
}
