/// The command line: wrong usage (E6…), and the lines of `new`, `init` and `serve` (C…).
enum MessagesCommands {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E601", "unknown command '{0}'",
      "неизвестная команда «{0}»", "«{0}» командасы белгісіз"),
    .init(
      "E602", "unknown option '{0}' for '{1}'",
      "у команды «{1}» нет параметра «{0}»", "«{1}» командасында «{0}» параметрі жоқ"),
    .init(
      "E603", "option '{0}' needs a value",
      "параметру «{0}» нужно значение", "«{0}» параметріне мән керек"),
    .init(
      "E604", "option '{0}' takes no value",
      "параметр «{0}» пишется без значения", "«{0}» параметрі мәнсіз жазылады"),
    .init(
      "E605", "option '--lang' needs ru, kk or en",
      "параметру «--lang» нужно ru, kk или en", "«--lang» параметріне ru, kk не en керек"),
    .init(
      "E606", "option '--port' needs a number from 1 to 65535",
      "параметру «--port» нужно число от 1 до 65535",
      "«--port» параметріне 1-ден 65535-ке дейінгі сан керек"),
    .init(
      "E607", "option '--host' needs github, gitlab or ftp",
      "параметру «--host» нужно github, gitlab или ftp",
      "«--host» параметріне github, gitlab не ftp керек"),
    .init(
      "E608", "'new' needs a kind and a title: pednet-build new lesson \"Сложение дробей\"",
      "команде «new» нужны вид страницы и название: pednet-build new lesson \"Сложение дробей\"",
      "«new» командасына бет түрі мен атауы керек: pednet-build new lesson \"Сложение дробей\""),
    .init(
      "E609", "'init' needs the new site's folder: pednet-build init my-site --host github",
      "команде «init» нужна папка нового сайта: pednet-build init my-site --host github",
      "«init» командасына жаңа сайттың қалтасы керек: pednet-build init my-site --host github"),
    .init(
      "E610", "unexpected argument '{0}'",
      "лишний аргумент «{0}»", "артық аргумент «{0}»"),
    .init(
      "E611", "unknown kind '{0}': use {1}",
      "неизвестный вид страницы «{0}»: используйте {1}",
      "«{0}» бет түрі белгісіз: мыналарды қолданыңыз: {1}"),
    .init(
      "E612", "a page of this name already exists there; choose another title or edit that page",
      "страница с таким именем там уже есть; выберите другое название или правьте ту страницу",
      "онда осындай атаулы бет бар; басқа атау таңдаңыз немесе сол бетті түзетіңіз"),
    .init(
      "E613", "the title has no letters or digits to make a file name from",
      "в названии нет букв или цифр, из которых можно составить имя файла",
      "атауда файл атауын құрайтын әріп не цифр жоқ"),
    .init(
      "E614", "cannot write the file: check the folder's permissions",
      "не удалось записать файл: проверьте права доступа к папке",
      "файлды жазу мүмкін болмады: қалтаға қол жеткізу құқықтарын тексеріңіз"),
    .init(
      "E615", "cannot open a socket",
      "не удалось открыть сетевое соединение", "желілік байланысты ашу мүмкін болмады"),
    .init(
      "E616", "port {0} is busy: choose another with --port",
      "порт {0} занят: выберите другой параметром --port",
      "{0} порты бос емес: --port параметрімен басқасын таңдаңыз"),
    // The bodies of the preview server's refusals, read in the browser.
    .init(
      "E617", "no such page on this site: check the address, or open the home page /",
      "такой страницы на сайте нет: проверьте адрес или откройте главную страницу /",
      "сайтта мұндай бет жоқ: мекенжайды тексеріңіз немесе басты бетті / ашыңыз"),
    .init(
      "E618", "the address holds characters no page can have: check it",
      "в адресе есть знаки, которых не бывает в адресах страниц: проверьте его",
      "мекенжайда беттер мекенжайында болмайтын таңбалар бар: оны тексеріңіз"),
    .init(
      "E619", "the preview only shows pages (GET and HEAD requests)",
      "просмотр только показывает страницы (запросы GET и HEAD)",
      "алдын ала қарау тек беттерді көрсетеді (GET және HEAD сұраулары)"),
    .init(
      "E620", "too many pages are waiting for reload: close some tabs and reload this one",
      "слишком много вкладок ждут обновления: закройте лишние и обновите эту",
      "жаңартуды тым көп қойынды күтіп тұр: артығын жауып, осы бетті жаңартыңыз"),
    .init(
      "C011", "See 'pednet-build --help'.",
      "Справка: «pednet-build --help».", "Анықтама: «pednet-build --help»."),
    .init("C012", "created {0}", "создан {0}", "жасалды: {0}"),
    .init(
      "C013", "kept {0} (it existed)",
      "оставлен {0} (он уже был)", "қалдырылды: {0} (ол бұрыннан бар)"),
    .init(
      "C014", "next: pednet-build serve --source {0}   (preview at http://127.0.0.1:1313/)",
      "дальше: pednet-build serve --source {0}   (просмотр по адресу http://127.0.0.1:1313/)",
      "келесі қадам: pednet-build serve --source {0}   (қарау мекенжайы: http://127.0.0.1:1313/)"),
    .init(
      "C015", "publish: commit the folder; {0} says what to set up once",
      "публикация: сохраните папку в репозитории (commit); в {0} написано, что один раз настроить",
      "жариялау: қалтаны репозиторийге сақтаңыз (commit); бір рет нені баптау керегі {0} ішінде жазылған"
    ),
    .init(
      "C016", "publish: pednet-build init {0} --host github (or gitlab, ftp) adds the recipe",
      "публикация: pednet-build init {0} --host github (или gitlab, ftp) добавит готовый рецепт",
      "жариялау: pednet-build init {0} --host github (не gitlab, ftp) дайын нұсқаулықты қосады"),
    .init(
      "C017", "serving http://127.0.0.1:{0}/ (pages reload when files change; Ctrl+C stops)",
      "сайт открыт по адресу http://127.0.0.1:{0}/ (страницы обновляются, когда меняются файлы; Ctrl+C — остановить)",
      "сайт http://127.0.0.1:{0}/ мекенжайында ашық (файлдар өзгергенде беттер жаңарады; Ctrl+C — тоқтату)"
    ),
    .init(
      "C018", "pednet-build: interrupted after the output was fully written",
      "pednet-build: прервано, когда сайт был уже полностью записан",
      "pednet-build: сайт толық жазылғаннан кейін тоқтатылды"),
    .init(
      "C019", "pednet-build: interrupted; the previous output was left as it was",
      "pednet-build: прервано; прежний сайт оставлен как был",
      "pednet-build: тоқтатылды; бұрынғы сайт сол күйінде қалды"),
  ]
}
