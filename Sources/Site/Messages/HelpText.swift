/// The text of `pednet-build --help` in Russian, Kazakh and English.
public enum HelpText {
  /// The help in `language` (`ru`, `kk`, `en`).
  public static func text(in language: String) -> String {
    switch language {
    case "kk": return kazakh
    case "en": return english
    default: return russian
    }
  }

  static let english = """
    pednet-build: builds the website of a teachers' network from Markdown files.

    USAGE
      pednet-build [build] [--source DIR] [--config FILE] [--output DIR] [--drafts] [--base-url URL] [--quiet]
                     [--changed FILE]
      pednet-build check   [--source DIR] [--config FILE] [--drafts]
      pednet-build new KIND TITLE [--source DIR] [--config FILE]
      pednet-build schema  [--source DIR] [--config FILE]
      pednet-build init DIR [--host github|gitlab|ftp]
      pednet-build serve   [--source DIR] [--port N]
      pednet-build --help | --version

    COMMANDS
      build   Build the site from DIR/content into DIR/public (the default command).
      check   Check every page and link, write nothing; exit 1 when there are errors.
      new     Create a page: KIND is portfolio, lesson, seminar, olympiad, page or a kind
              of the site's 'kinds:' in site.yml; its fields are written with comments.
      schema  Print the kinds of page, their fields and the vocabularies the site has
              (the built-in ones with site.yml's 'kinds:' and 'vocabularies:'), as YAML.
      init    Make a starter site in DIR (settings, home page, a page of each kind, .gitignore)
              and, with --host, its publishing recipe: a GitHub Pages workflow, a GitLab Pages
              job or an FTP/SFTP upload script. Existing files are kept.
      serve   Build, serve the site at http://127.0.0.1:N/ and rebuild when files change;
              drafts and future-dated pages are shown, each marked as such.

    OPTIONS
      --source DIR     The site's folder, holding content/ (default: the current folder).
      --config FILE    The settings file (default: DIR/site.yml when present, else built-in defaults).
      --output DIR     Where to write the site (default: DIR/public).
      --drafts         Also build pages with 'draft: true' and pages dated in the future.
      --base-url URL   The site's public address, for the sitemap, feed and calendar.
      --quiet          Print only problems.
      --changed FILE   Write the output files this build changed, one a line: 'M path'
                       (changed), 'A path' (new), 'D path' (removed), for upload scripts.
      --port N         Port for 'serve' (default: 1313).
      --host NAME      Where 'init' sets up publishing: github, gitlab or ftp.
      --lang LANG      The language of messages: ru, kk or en (else the site's 'language',
                       else LANG, else Russian).

    EXIT STATUS
      0 success, 1 errors in the content, 2 wrong usage.

    Diagnostics look like 'content/lessons/drobi.md:4:8: error: message [E101]';
    docs/ru.md lists every message id and what to do.
    """

  static let russian = """
    pednet-build: собирает сайт сетевого сообщества учителей из файлов Markdown.

    ЗАПУСК
      pednet-build [build] [--source ПАПКА] [--config ФАЙЛ] [--output ПАПКА] [--drafts] [--base-url АДРЕС] [--quiet]
                     [--changed ФАЙЛ]
      pednet-build check   [--source ПАПКА] [--config ФАЙЛ] [--drafts]
      pednet-build new ВИД НАЗВАНИЕ [--source ПАПКА] [--config ФАЙЛ]
      pednet-build schema  [--source ПАПКА] [--config ФАЙЛ]
      pednet-build init ПАПКА [--host github|gitlab|ftp]
      pednet-build serve   [--source ПАПКА] [--port N]
      pednet-build --help | --version
      У каждой команды есть --lang ru|kk|en: язык сообщений.

    КОМАНДЫ
      build   Собрать сайт из ПАПКА/content в ПАПКА/public (команда по умолчанию).
      check   Проверить все страницы и ссылки, ничего не записывая; код 1, если есть ошибки.
      new     Создать страницу: ВИД — portfolio, lesson, seminar, olympiad, page или вид
              из «kinds:» в site.yml; поля записываются с пояснениями.
      schema  Показать виды страниц, их поля и словари сайта (встроенные вместе
              с «kinds:» и «vocabularies:» из site.yml) в виде YAML.
      init    Создать заготовку сайта в ПАПКА (настройки, главная, по странице каждого вида,
              .gitignore), а с --host ещё и рецепт публикации: GitHub Pages, GitLab Pages
              или выгрузку по FTP/SFTP. Существующие файлы не трогаются.
      serve   Собрать сайт, показать его по адресу http://127.0.0.1:N/ и пересобирать при
              изменении файлов; черновики и страницы с будущей датой видны, с пометкой.

    ПАРАМЕТРЫ
      --source ПАПКА    Папка сайта, в которой лежит content/ (по умолчанию — текущая).
      --config ФАЙЛ     Файл настроек (по умолчанию ПАПКА/site.yml, если он есть, иначе встроенные).
      --output ПАПКА    Куда записать сайт (по умолчанию ПАПКА/public).
      --drafts          Собрать и страницы с «draft: true», и страницы с будущей датой.
      --base-url АДРЕС  Публичный адрес сайта, для карты сайта, ленты и календаря.
      --quiet           Печатать только замечания.
      --changed ФАЙЛ    Записать изменённые сборкой файлы, по одному в строке: «M путь»
                        (изменён), «A путь» (новый), «D путь» (удалён), для скриптов выгрузки.
      --port N          Порт для «serve» (по умолчанию 1313).
      --host ИМЯ        Куда «init» настраивает публикацию: github, gitlab или ftp.
      --lang ЯЗЫК       Язык сообщений: ru, kk или en (иначе «language» из site.yml,
                        иначе LANG, иначе русский).

    КОД ЗАВЕРШЕНИЯ
      0 — успех, 1 — ошибки в материалах, 2 — неверный запуск.

    Сообщения выглядят так: «content/lessons/drobi.md:4:8: ошибка: текст [E101]»;
    по номеру в скобках его можно найти в docs/ru.md.
    """

  static let kazakh = """
    pednet-build: мұғалімдер желілік қауымдастығының сайтын Markdown файлдарынан жинайды.

    ІСКЕ ҚОСУ
      pednet-build [build] [--source ҚАЛТА] [--config ФАЙЛ] [--output ҚАЛТА] [--drafts] [--base-url МЕКЕНЖАЙ] [--quiet]
                     [--changed ФАЙЛ]
      pednet-build check   [--source ҚАЛТА] [--config ФАЙЛ] [--drafts]
      pednet-build new ТҮР АТАУ [--source ҚАЛТА] [--config ФАЙЛ]
      pednet-build schema  [--source ҚАЛТА] [--config ФАЙЛ]
      pednet-build init ҚАЛТА [--host github|gitlab|ftp]
      pednet-build serve   [--source ҚАЛТА] [--port N]
      pednet-build --help | --version
      Әр командада --lang ru|kk|en бар: хабарлардың тілі.

    КОМАНДАЛАР
      build   Сайтты ҚАЛТА/content ішінен ҚАЛТА/public ішіне жинау (әдепкі команда).
      check   Барлық беттер мен сілтемелерді ештеңе жазбай тексеру; қате болса, код 1.
      new     Бет жасау: ТҮР — portfolio, lesson, seminar, olympiad, page не site.yml
              ішіндегі «kinds:» түрі; өрістері түсіндірмелерімен жазылады.
      schema  Сайттың бет түрлерін, өрістерін және сөздіктерін (кірістірілгендері мен
              site.yml ішіндегі «kinds:», «vocabularies:») YAML түрінде көрсету.
      init    ҚАЛТА ішінде сайт дайындамасын жасау (баптаулар, басты бет, әр түрден бір бет,
              .gitignore), --host болса, жариялау нұсқаулығын да: GitHub Pages, GitLab Pages
              не FTP/SFTP арқылы жүктеу. Бар файлдар өзгертілмейді.
      serve   Сайтты жинап, http://127.0.0.1:N/ мекенжайында көрсету және файлдар өзгергенде
              қайта жинау; жобалар мен болашақ күнді беттер белгісімен көрінеді.

    ПАРАМЕТРЛЕР
      --source ҚАЛТА     content/ жатқан сайт қалтасы (әдепкі — ағымдағы қалта).
      --config ФАЙЛ      Баптаулар файлы (әдепкі — бар болса ҚАЛТА/site.yml, әйтпесе кірістірілген).
      --output ҚАЛТА     Сайтты қайда жазу (әдепкі — ҚАЛТА/public).
      --drafts           «draft: true» беттерін және болашақ күнді беттерді де жинау.
      --base-url МЕКЕНЖАЙ Сайттың жария мекенжайы: сайт картасы, лента және күнтізбе үшін.
      --quiet            Тек ескертулерді басып шығару.
      --changed ФАЙЛ     Жинау өзгерткен файлдарды жолма-жол жазу: «M жол» (өзгерген),
                         «A жол» (жаңа), «D жол» (өшірілген), жүктеу скрипттері үшін.
      --port N           «serve» порты (әдепкі 1313).
      --host АТЫ         «init» жариялауды қайда баптайды: github, gitlab не ftp.
      --lang ТІЛ         Хабарлар тілі: ru, kk не en (әйтпесе site.yml ішіндегі «language»,
                         әйтпесе LANG, әйтпесе орыс тілі).

    АЯҚТАЛУ КОДЫ
      0 — сәтті, 1 — материалдарда қате бар, 2 — қате іске қосу.

    Хабарлар былай көрінеді: «content/lessons/drobi.md:4:8: қате: мәтін [E101]»;
    жақшадағы нөмірі бойынша оны docs/ru.md ішінен табуға болады.
    """
}
