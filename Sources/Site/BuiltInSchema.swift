import FrontMatter

/// The content model every site starts from: portfolios, lessons, seminars, olympiads and
/// plain pages, written in the very format a site uses under `kinds:` and `vocabularies:`
/// in `site.yml`, and read by the same code.
enum BuiltInSchema {
  /// The schema's text (what `pednet-build schema` prints when a site adds nothing).
  static let text = """
    vocabularies:
      seminar_formats: [очно, онлайн, вебинар, очно-заочно, дистанционно]
      lesson_types:
        open: true
        values:
          - урок открытия нового знания
          - урок отработки умений и рефлексии
          - урок общеметодологической направленности
          - урок развивающего контроля
          - урок рефлексии
          - урок изучения нового материала
          - урок закрепления знаний
          - урок обобщения и систематизации знаний
          - урок систематизации знаний
          - урок контроля знаний
          - комбинированный урок
          - интегрированный урок
          - бинарный урок
          - урок-исследование
          - урок-практикум
          - урок-игра
          - урок-экскурсия
          - урок-конференция
          - урок-проект
          - лабораторная работа
          - практическая работа
      olympiad_levels:
        open: true
        values:
          - школьный
          - муниципальный
          - региональный
          - заключительный
          - всероссийский
          - международный
          - перечневая олимпиада
          - олимпиада «Высшая проба»
          - олимпиада «Физтех»
          - олимпиада «Ломоносов»
          - олимпиада «Покори Воробьёвы горы!»
          - олимпиада «Курчатов»
          - олимпиада «Бельчонок»
          - олимпиада Эйлера
          - сетевая олимпиада
          - дистанционная олимпиада
          - олимпиада вуза
    kinds:
      portfolio:
        folder: portfolios
        name: {ru: Портфолио, kk: Портфолио, en: Portfolio}
        plural: {ru: Педагоги, kk: Мұғалімдер, en: Teachers}
        template: portfolio
        people: true
        feed: false
        new_page:
          fields: |
            name: "Фамилия Имя Отчество"
            position: "учитель математики"
            school: "МБОУ СОШ № 1"
            subjects: [математика]        # предметы, которые вы ведёте
            category: "высшая квалификационная категория"
            experience: 10                # педагогический стаж, лет
            email: "teacher@example.org"
            awards:                       # награды, каждая с новой строки после «- »
              - "Почётная грамота Министерства просвещения"
          body: |
            ## О себе

            Напишите о своём опыте и методических интересах.

            ## Публикации

            - Первая публикация
        fields:
          name: {type: text, label: {ru: Имя, kk: Аты-жөні, en: Name}}
          position: {type: text, label: {ru: Должность, kk: Лауазымы, en: Position}}
          school: {type: text, label: {ru: Школа, kk: Мектебі, en: School}}
          subjects: {type: list, label: {ru: Предметы, kk: Пәндері, en: Subjects}, facet: true, taxonomy: subjects}
          category: {type: text, label: {ru: Категория, kk: Санаты, en: Category}}
          experience: {type: integer, min: 0, max: 80, label: {ru: Стаж, kk: Өтілі, en: Experience}}
          photo: {type: file, label: {ru: Фото, kk: Фото, en: Photo}}
          email: {type: email, label: {ru: Почта, kk: Пошта, en: E-mail}}
          awards: {type: list, label: {ru: Награды, kk: Марапаттары, en: Awards}}
      lesson:
        folder: lessons
        name: {ru: Урок, kk: Сабақ, en: Lesson}
        plural: {ru: Уроки, kk: Сабақтар, en: Lessons}
        template: lesson
        new_page:
          fields: |
            {author}  # id портфолио автора (имя файла без .md); или authors: [id1, {name: "…", org: "…"}]
            subject: математика
            grade: 5                      # класс: число, список [5, 6] или диапазон "5-7"
            lesson_type: "урок открытия нового знания"
            duration: 45                  # минут
            goals:
              - "первая цель урока"
              - "вторая цель урока"
          body: |
            ## Ход урока

            | Этап | Время | Деятельность учителя | Деятельность учащихся |
            |---|---|---|---|
            | Организационный момент | 2 мин | Приветствует | Готовятся к уроку |

            ## Рефлексия

            Как ученики подводят итоги.
        fields:
          subject: {type: text, label: {ru: Предмет, kk: Пән, en: Subject}, facet: true, taxonomy: subjects}
          grade: {type: grades, label: {ru: Класс, kk: Сынып, en: Grade}, facet: true, taxonomy: grades}
          author: {type: person, label: {ru: Автор, kk: Авторы, en: Author}}
          authors: {type: person, label: {ru: Авторы, kk: Авторлары, en: Authors}}
          lesson_type: {type: choice, vocabulary: lesson_types, label: {ru: Тип урока, kk: Сабақ түрі, en: Lesson type}}
          duration: {type: integer, min: 1, max: 1440, label: {ru: Длительность, kk: Ұзақтығы, en: Duration}}
          goals: {type: list, label: {ru: Цели, kk: Мақсаттары, en: Goals}}
      seminar:
        folder: seminars
        name: {ru: Семинар, kk: Семинар, en: Seminar}
        plural: {ru: Семинары, kk: Семинарлар, en: Seminars}
        template: seminar
        events: true
        new_page:
          fields: |
            place: "МБОУ СОШ № 1, актовый зал"
            organizer: "Районное методическое объединение"
            format: очно                  # очно, онлайн или вебинар
            participants:                 # id портфолио или {name: "…", org: "…"}
              - {name: "Гость семинара", org: "Гимназия № 2"}
          body: |
            ## Программа

            1. Открытие семинара.

            ## Итоги

            Что решили участники.

            ## Рефлексия

            Отзывы участников.
        fields:
          date: {type: date, required: true, label: {ru: Дата, kk: Күні, en: Date}}
          place: {type: text, label: {ru: Место, kk: Орны, en: Place}}
          organizer: {type: text, label: {ru: Организатор, kk: Ұйымдастырушы, en: Organizer}}
          participants: {type: person, label: {ru: Участники, kk: Қатысушылар, en: Participants}}
          format: {type: choice, vocabulary: seminar_formats, label: {ru: Формат, kk: Форматы, en: Format}}
      olympiad:
        folder: olympiads
        name: {ru: Подготовка к олимпиаде, kk: Олимпиадаға дайындық, en: Olympiad preparation}
        plural: {ru: Олимпиады, kk: Олимпиадалар, en: Olympiads}
        template: olympiad
        new_page:
          fields: |
            subject: математика
            level: муниципальный          # школьный, муниципальный, региональный, всероссийский или международный
            grades: "7-9"                 # классы: число, список или диапазон
            {author}  # id портфолио автора
          body: |
            ## Задачи

            ### Задача 1

            Условие задачи.

            ## Разбор

            Решение задачи.
        fields:
          subject: {type: text, label: {ru: Предмет, kk: Пән, en: Subject}, facet: true, taxonomy: subjects}
          level: {type: choice, vocabulary: olympiad_levels, label: {ru: Уровень, kk: Деңгейі, en: Level}, facet: true, taxonomy: levels}
          grades: {type: grades, label: {ru: Классы, kk: Сыныптар, en: Grades}, facet: true, taxonomy: grades}
          author: {type: person, label: {ru: Автор, kk: Авторы, en: Author}}
          authors: {type: person, label: {ru: Авторы, kk: Авторлары, en: Authors}}
      page:
        name: {ru: Страница, kk: Бет, en: Page}
        plural: {ru: Страницы, kk: Беттер, en: Pages}
        template: page
        feed: false

    """

  /// The parsed built-in schema.
  static let schema: SiteSchema = {
    let diagnostics = DiagnosticBag()
    guard let map = try? FrontMatter.parseYAML(text).mapping else { return SiteSchema() }
    let reader = FieldReader(path: "built-in schema", diagnostics: diagnostics)
    return SchemaReader(reader: reader, builtIn: true).merge(map, over: SiteSchema())
  }()
}
