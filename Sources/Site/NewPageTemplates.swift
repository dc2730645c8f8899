/// The starting text of a new page of each kind: every field with an example and a comment,
/// as its schema writes them (`new_page:`) or made from the fields' types.
enum NewPageTemplates {
  /// The file text.
  static func text(
    for schemaKind: KindSchema, schema: SiteSchema, title: String, date: String, author: String?
  ) -> String {
    let quotedTitle =
      "\""
      + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
    var lines = [
      "---",
      "title: \(quotedTitle)",
      "date: \(date)                # дата публикации (для семинара: дата проведения), ГГГГ-ММ-ДД",
      "summary: \"Одно предложение о материале: его увидят в списках и в поиске.\"",
      "tags: [ФГОС]                  # метки через запятую в квадратных скобках",
      "draft: true                   # черновик: удалите строку, когда материал готов",
    ]
    let authorLine = author.map { "author: \($0)" } ?? "# author: ivanova-anna"
    lines +=
      schemaKind.newPageFields?.map { $0.replacingOccurrences(of: "{author}", with: authorLine) }
      ?? NewPageFields.lines(for: schemaKind, schema: schema)
    lines += ["---", "", schemaKind.newPageBody ?? "Текст страницы.\n"]
    return lines.joined(separator: "\n") + "\n"
  }
}
