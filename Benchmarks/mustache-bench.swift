// Times the Mustache engine on a page-sized template: a layout with inheritance, partials, a
// loop of 20 cards, and Russian text that needs escaping. Build it together with the engine:
//
//   swiftc -O Sources/Mustache/*.swift Benchmarks/mustache-bench.swift -o .build/mustache-bench
//
// It prints `mustache: N renders/s`.

#if canImport(Mustache)
  import Mustache
#endif

/// The benchmark program.
@main
enum MustacheBench {
  /// How many renders to time.
  static let renders = 100_000

  /// The templates: a base layout, two partials, and a section page inheriting from the base.
  static let templates: [String: String] = [
    "base": """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <title>{{$title}}{{title}} — {{site.title}}{{/title}}</title>
    {{#description}}
    <meta name="description" content="{{description}}">
    {{/description}}
    <link rel="stylesheet" href="{{root}}style.css">
    </head>
    <body>
    {{> partials/header}}
    <main id="main" class="wrap">
      {{$main}}{{/main}}
    </main>
    <footer><p>© {{site.year}} {{site.title}}</p></footer>
    </body>
    </html>

    """,
    "partials/header": """
    <header class="site-header">
      <a class="site-title" href="{{root}}index.html">{{site.title}}</a>
      <nav aria-label="Меню">
        <ul>
        {{#site.menu}}
          <li><a href="{{root}}{{url}}"{{#current}} aria-current="true"{{/current}}>{{title}}</a></li>
        {{/site.menu}}
        </ul>
      </nav>
    </header>

    """,
    "partials/card": """
    <article class="card card-{{kind}}">
      <h2><a href="{{root}}{{url}}">{{title}}</a></h2>
      {{#date}}<time datetime="{{iso}}">{{text}}</time>{{/date}}
      {{#summary}}
      <p>{{summary}}</p>
      {{/summary}}
      {{#tags.0}}
      <ul class="tags">
        {{#tags}}
        <li><a href="{{root}}{{url}}">{{name}}</a></li>
        {{/tags}}
      </ul>
      {{/tags.0}}
      {{#authors}}<span class="author">{{name}}</span>{{/authors}}
    </article>

    """,
    "section": """
    {{<base}}
    {{$title}}{{title}} — раздел сайта «{{site.title}}»{{/title}}
    {{$main}}
    <h1>{{title}}</h1>
    <div class="cards">
    {{#cards}}
      {{> partials/card}}
    {{/cards}}
    </div>
    {{/main}}
    {{/base}}

    """,
  ]

  /// A section page's context with 20 cards.
  static func context() -> TemplateValue {
    let menu: [TemplateValue] = ["Уроки", "Семинары", "Олимпиады", "Портфолио", "Поиск"]
      .enumerated()
      .map { index, title in
        [
          "title": .string(title), "url": .string("section-\(index)/index.html"),
          "current": .bool(index == 1),
        ]
      }
    let cards: [TemplateValue] = (1...20).map { number in
      [
        "title": .string("Урок №\(number): «Дроби & проценты» <5–7 класс>"),
        "url": .string("lessons/urok-\(number)/index.html"),
        "kind": "lesson",
        "date": ["iso": "2012-11-15", "text": "15 ноября 2012 г."],
        "summary": .string(
          "Конспект урока математики: сложение дробей с разными знаменателями, \"задачи\" на "
            + "проценты и самостоятельная работа. Учитель — Иванова А. П."),
        "tags": [
          ["name": "дроби", "url": "tags/drobi/index.html"],
          ["name": "проценты", "url": "tags/protsenty/index.html"],
        ],
        "authors": [["name": "Иванова Анна Петровна"]],
      ]
    }
    return [
      "lang": "ru", "root": "../", "title": "Уроки",
      "description": "Конспекты уроков и технологические карты учителей района",
      "site": [
        "title": "Методическое объединение учителей математики", "year": 2024, "menu": .array(menu),
      ],
      "cards": .array(cards),
    ]
  }

  /// Renders per second of `body` run `renders` times.
  static func rate(_ body: () throws -> Void) rethrows -> Int {
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for _ in 0..<renders { try body() }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Int(Double(renders) / seconds)
  }

  /// Compiles, checks one render, then times `renders` renders to a `String`, then as many
  /// into a reused byte buffer.
  static func main() throws {
    let set = try TemplateSet(templates: templates, strictPartials: true)
    let context = context()
    let page = try set.render("section", context: context)
    precondition(
      page.contains("&lt;5–7 класс&gt;") && page.contains("aria-current")
        && page.contains("<li><a href=\"../tags/drobi/index.html\">дроби</a></li>"),
      "unexpected output")
    var bytes = 0
    let stringRate = try rate { bytes &+= try set.render("section", context: context).utf8.count }
    print("mustache: \(stringRate) renders/s")
    var buffer: [UInt8] = []
    let bytesRate = try rate {
      buffer.removeAll(keepingCapacity: true)
      try set.renderBytes("section", context: context, into: &buffer)
    }
    precondition(bytes == renders * page.utf8.count && buffer.count == page.utf8.count)
    print(
      "mustache (renderBytes into a reused buffer): \(bytesRate) renders/s, \(buffer.count)-byte page"
    )
  }
}
