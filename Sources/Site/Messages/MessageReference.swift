/// The list of every message with its id, for docs/ru.md: a teacher who sees `[E107]` finds
/// there what it means and what to do. Generated from the catalogue, so it cannot drift.
public enum MessageReference {
  /// The groups of ids, with their headings in Russian.
  static let groups: [(prefix: String, heading: String)] = [
    ("C0", "Итоги сборки и строки команд"),
    ("E0", "Блок полей (YAML)"),
    ("E1", "Поля страниц, меню, адреса, настройки"),
    ("E2", "Ссылки, картинки, Markdown"),
    ("E3", "Файлы и папки"),
    ("E4", "Свои виды страниц и словари (kinds, vocabularies)"),
    ("E5", "Шаблоны оформления"),
    ("E6", "Запуск программы"),
    ("E7", "Формулы"),
    ("E8", "Части сообщений (вставляются в другие)"),
    ("E9", "Окончания сообщений (дописываются к другим)"),
  ]

  /// The Markdown tables of every message in `language`, grouped by the first digits of ids.
  public static func markdown(in language: String) -> String {
    let texts = MessageCatalogue.table(language)
    var output = ""
    for group in groups {
      let entries = MessagesEnglish.entries.filter { $0.id.hasPrefix(group.prefix) }
        .sorted { $0.id < $1.id }
      guard !entries.isEmpty else { continue }
      output += "\n### \(group.heading)\n\n| Номер | Сообщение |\n|---|---|\n"
      for entry in entries {
        output += "| \(entry.id) | \(cell(texts[entry.id] ?? entry.text)) |\n"
      }
    }
    return output
  }

  /// A template as a table cell: places shown as «…» (with the noun of a count), and the
  /// characters a table or Markdown would read escaped.
  static func cell(_ template: String) -> String {
    var text = ""
    for piece in MessageCatalogue.pieces(of: template) {
      switch piece {
      case .literal(let literal): text += literal
      case .place(_, let forms): text += forms.isEmpty ? "…" : "N " + (forms.last ?? "")
      }
    }
    var escaped = ""
    for character in text {
      switch character {
      case "\n": escaped += " "
      case "|", "`", "*", "_", "<", ">", "[", "]", "\\": escaped += "\\\(character)"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
