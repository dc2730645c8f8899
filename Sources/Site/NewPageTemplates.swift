/// The starting text of a new page of each kind: every field with an example and a comment.
enum NewPageTemplates {
  /// The file text.
  static func text(
    for schemaKind: KindSchema, schema: SiteSchema, title: String, date: String, author: String?
  ) -> String {
    let kind = PageKind(rawValue: schemaKind.name)
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
    lines +=
      fields(for: kind, author: author) ?? NewPageFields.lines(for: schemaKind, schema: schema)
    lines += ["---", "", body(for: kind)]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func fields(for kind: PageKind, author: String?) -> [String]? {
    let authorLine = author.map { "author: \($0)" } ?? "# author: ivanova-anna"
    switch kind {
    case .portfolio:
      return [
        "name: \"Фамилия Имя Отчество\"",
        "position: \"учитель математики\"",
        "school: \"МБОУ СОШ № 1\"",
        "subjects: [математика]        # предметы, которые вы ведёте",
        "category: \"высшая квалификационная категория\"",
        "experience: 10                # педагогический стаж, лет",
        "email: \"teacher@example.org\"",
        "awards:                       # награды, каждая с новой строки после «- »",
        "  - \"Почётная грамота Министерства просвещения\"",
      ]
    case .lesson:
      return [
        authorLine
          + "  # id портфолио автора (имя файла без .md); или authors: [id1, {name: \"…\", org: \"…\"}]",
        "subject: математика",
        "grade: 5                      # класс: число, список [5, 6] или диапазон \"5-7\"",
        "lesson_type: \"урок открытия нового знания\"",
        "duration: 45                  # минут",
        "goals:",
        "  - \"первая цель урока\"",
        "  - \"вторая цель урока\"",
      ]
    case .seminar:
      return [
        "place: \"МБОУ СОШ № 1, актовый зал\"",
        "organizer: \"Районное методическое объединение\"",
        "format: очно                  # очно, онлайн или вебинар",
        "participants:                 # id портфолио или {name: \"…\", org: \"…\"}",
        "  - {name: \"Гость семинара\", org: \"Гимназия № 2\"}",
      ]
    case .olympiad:
      return [
        "subject: математика",
        "level: муниципальный          # школьный, муниципальный, региональный, всероссийский или международный",
        "grades: \"7-9\"                 # классы: число, список или диапазон",
        authorLine + "  # id портфолио автора",
      ]
    case .page:
      return []
    default:
      return nil
    }
  }

  private static func body(for kind: PageKind) -> String {
    switch kind {
    case .portfolio:
      return
        "## О себе\n\nНапишите о своём опыте и методических интересах.\n\n## Публикации\n\n- Первая публикация\n"
    case .lesson:
      return
        "## Ход урока\n\n| Этап | Время | Деятельность учителя | Деятельность учащихся |\n|---|---|---|---|\n| Организационный момент | 2 мин | Приветствует | Готовятся к уроку |\n\n## Рефлексия\n\nКак ученики подводят итоги.\n"
    case .seminar:
      return
        "## Программа\n\n1. Открытие семинара.\n\n## Итоги\n\nЧто решили участники.\n\n## Рефлексия\n\nОтзывы участников.\n"
    case .olympiad:
      return "## Задачи\n\n### Задача 1\n\nУсловие задачи.\n\n## Разбор\n\nРешение задачи.\n"
    default:
      return "Текст страницы.\n"
    }
  }
}
