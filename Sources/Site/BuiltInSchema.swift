/// The built-in content model, written in the format a site's `site.yml` uses under
/// `kinds:` and `vocabularies:`, and read by the same ``SchemaReader``. A site's schema merges
/// over it. Kinds are listed in menu order; `home:` orders the home page's groups.
enum BuiltInSchema {
  /// The path diagnostics name for errors in the text below (none should ever be reported).
  static let path = "<built-in schema>"

  /// The schema text.
  static let text = """
    vocabularies:
      seminar-formats:
        values: [очно, онлайн, вебинар, очно-заочно, дистанционно]
      olympiad-levels:
        open: true
        values:
          - школьный
          - муниципальный
          - региональный
          - заключительный
          - всероссийский
          - международный
          - перечневая олимпиада
          - сетевая олимпиада
          - дистанционная олимпиада
          - олимпиада «Высшая проба»
          - олимпиада «Физтех»
          - олимпиада «Ломоносов»
          - олимпиада «Покори Воробьёвы горы!»
          - олимпиада «Курчатов»
          - олимпиада «Росатом»
          - олимпиада «Формула Единства» / «Третье тысячелетие»
          - олимпиада «Надежда энергетики»
          - олимпиада СПбГУ
          - олимпиада Эйлера
          - олимпиада «Звезда»
          - Турнир городов
      lesson-types:
        values:
          - урок открытия нового знания
          - урок рефлексии
          - урок систематизации знаний
          - урок общеметодологической направленности
          - урок развивающего контроля
          - урок изучения нового материала
          - урок закрепления знаний
          - урок обобщения и систематизации
          - урок контроля знаний
          - комбинированный урок
          - интегрированный урок
          - бинарный урок
          - урок-практикум
          - урок-исследование
          - урок-игра
          - урок-проект
          - урок-экскурсия
          - урок-лекция
          - урок-семинар
          - урок-конференция
    home: [lesson, olympiad, seminar, portfolio]
    kinds:
      portfolio:
        body: |
          ## О себе

          Напишите о своём опыте и методических интересах.

          ## Публикации

          - Первая публикация
        folder: portfolios
        name: {ru: [портфолио, портфолио, портфолио], kk: [портфолио, портфолио, портфолио], en: [portfolio, portfolios, portfolios]}
        title: {ru: Портфолио, kk: Портфолио, en: Portfolios}
        template: portfolio
        people: true
        feed: false
        fields:
          name:
            type: text
            label: {ru: ФИО, kk: Аты-жөні, en: Name}
            example: "Фамилия Имя Отчество"
          position:
            type: text
            label: {ru: Должность, kk: Лауазымы, en: Position}
            example: "учитель математики"
          school:
            type: text
            label: {ru: Образовательная организация, kk: Білім беру ұйымы, en: School}
            example: "МБОУ СОШ № 1"
          subjects:
            type: list
            facet: subjects
            label: {ru: Предметы, kk: Пәндер, en: Subjects}
            example: "[математика]"
          category:
            type: text
            label: {ru: Категория, kk: Санаты, en: Category}
            example: "высшая квалификационная категория"
          experience:
            type: integer
            min: 0
            max: 80
            unit: years
            label: {ru: Стаж, kk: Өтілі, en: Experience}
            example: "10"
            hint: {ru: "педагогический стаж, лет"}
          photo:
            type: file
            label: {ru: Фото, kk: Фото, en: Photo}
          email:
            type: email
            label: {ru: Эл. почта, kk: Эл. пошта, en: E-mail}
            example: "teacher@example.org"
          awards:
            type: list
            label: {ru: Награды, kk: Марапаттар, en: Awards}
      lesson:
        body: |
          ## Цели урока

          Опишите цели.

          ## Ход урока

          | Этап | Время | Деятельность учителя | Деятельность учащихся |
          |---|---|---|---|
          | Организационный момент | 2 мин | Приветствует | Готовятся к уроку |

          ## Рефлексия

          Как ученики подводят итоги.
        folder: lessons
        name: {ru: [урок, урока, уроков], kk: [сабақ, сабақ, сабақ], en: [lesson, lessons, lessons]}
        title: {ru: Уроки, kk: Сабақтар, en: Lessons}
        template: lesson
        fields:
          author:
            type: person
            label: {ru: Автор, kk: Авторы, en: Author}
            hint: {ru: "id портфолио автора (имя файла без .md); или {name: \\"…\\", org: \\"…\\"}"}
          authors:
            type: person
            label: {ru: Авторы, kk: Авторлар, en: Authors}
          subject:
            type: text
            facet: subjects
            label: {ru: Предмет, kk: Пән, en: Subject}
            example: математика
          grade:
            type: grades
            facet: grades
            label: {ru: Класс, kk: Сынып, en: Grade}
            example: "5"
            hint: {ru: "класс: 5, или диапазон 5-7, или список [5, 6]"}
          lesson_type:
            type: choice
            vocabulary: lesson-types
            label: {ru: Тип урока, kk: Сабақ түрі, en: Lesson type}
            example: урок открытия нового знания
          duration:
            type: integer
            min: 1
            max: 1440
            unit: minutes
            label: {ru: Длительность, kk: Ұзақтығы, en: Duration}
            example: "45"
            hint: {ru: "минут"}
          goals:
            type: list
            label: {ru: Цели, kk: Мақсаттар, en: Goals}
      seminar:
        body: |
          ## Программа

          1. Открытие семинара.

          ## Итоги

          Что решили участники.

          ## Рефлексия

          Отзывы участников.
        folder: seminars
        name: {ru: [семинар, семинара, семинаров], kk: [семинар, семинар, семинар], en: [seminar, seminars, seminars]}
        title: {ru: Семинары, kk: Семинарлар, en: Seminars}
        template: seminar
        events: true
        fields:
          date:
            type: date
            required: true
            label: {ru: Дата, kk: Күні, en: Date}
            hint: {ru: "дата проведения, ГГГГ-ММ-ДД"}
          place:
            type: text
            label: {ru: Место, kk: Орны, en: Place}
            example: "МБОУ СОШ № 1, актовый зал"
          organizer:
            type: text
            label: {ru: Организатор, kk: Ұйымдастырушы, en: Organiser}
            example: "Методическое объединение учителей математики"
          format:
            type: choice
            vocabulary: seminar-formats
            label: {ru: Формат, kk: Формат, en: Format}
            example: очно
          participants:
            type: person
            role: participants
            label: {ru: Участники, kk: Қатысушылар, en: Participants}
      olympiad:
        body: |
          ## Задачи

          ### Задача 1

          Условие задачи.

          ## Разбор

          Решение задачи.
        folder: olympiads
        name: {ru: [олимпиада, олимпиады, олимпиад], kk: [олимпиада, олимпиада, олимпиада], en: [olympiad, olympiads, olympiads]}
        title: {ru: Олимпиады, kk: Олимпиадалар, en: Olympiads}
        template: olympiad
        fields:
          subject:
            type: text
            facet: subjects
            label: {ru: Предмет, kk: Пән, en: Subject}
            example: математика
          level:
            type: choice
            vocabulary: olympiad-levels
            facet: levels
            label: {ru: Уровень, kk: Деңгейі, en: Level}
            example: школьный
            hint: {ru: "этап ВсОШ, перечневая или сетевая олимпиада"}
          grades:
            type: grades
            facet: grades
            label: {ru: Классы, kk: Сыныптар, en: Grades}
            example: 7-9
          author:
            type: person
            label: {ru: Автор, kk: Авторы, en: Author}
          authors:
            type: person
            label: {ru: Авторы, kk: Авторлар, en: Authors}
      page:
        folder: ""
        body: |
          Текст страницы.
        name: {ru: [страница, страницы, страниц], kk: [бет, бет, бет], en: [page, pages, pages]}
        title: {ru: Страницы, kk: Беттер, en: Pages}
        template: page
        feed: false
    """
}
