/// Fields, menus, addresses and settings: the messages beyond the first ones of
/// ``MessagesEnglish/core``, and the parts (E8…) the code puts into other messages.
enum MessagesFields {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E121",
      "'{0}' is a grade, so the words after it are left out: read '{1}' as {2}; write only the grade: {3}",
      "«{0}» — это класс, поэтому слова после числа отброшены: «{1}» прочитано как {2}; напишите только число: {3}",
      "«{0}» — сынып, сондықтан саннан кейінгі сөздер алынып тасталды: «{1}» {2} деп оқылды; тек санды жазыңыз: {3}"
    ),
    .init(
      "E122",
      "'{0}' must be a grade from 1 to 11, a list such as [5, 6] or a range such as 5-7, not {1}",
      "«{0}» должно быть классом от 1 до 11, списком вида [5, 6] или диапазоном вида 5-7, а не {1}",
      "«{0}» 1-ден 11-ге дейінгі сынып, [5, 6] сияқты тізім не 5-7 сияқты аралық болуы керек, {1} емес"
    ),
    .init(
      "E123",
      "'{0}' must be false (leave the page out of search), true, or a weight from 0 to 10 (0.2 shows the page lower in search results), not {1}",
      "«{0}» должно быть false (не показывать страницу в поиске), true или весом от 0 до 10 (с 0.2 страница стоит ниже в результатах поиска), а не {1}",
      "«{0}» false (бетті іздеуде көрсетпеу), true немесе 0-ден 10-ға дейінгі салмақ (0.2 болса, бет іздеу нәтижесінде төменірек тұрады) болуы керек, {1} емес"
    ),
    .init(
      "E124", "'{0}' must be a web address starting with https://, not '{1}'",
      "«{0}» должно быть адресом сайта, который начинается с https://, а не «{1}»",
      "«{0}» https:// деп басталатын сайт мекенжайы болуы керек, «{1}» емес"),
    .init(
      "E125",
      "a person in '{0}' written as a map needs 'name:' ({name: \"…\", org: \"…\"})",
      "у человека в «{0}», записанного набором полей, должно быть «name:» ({name: \"…\", org: \"…\"})",
      "«{0}» ішінде өрістер жиынымен жазылған адамда «name:» болуы керек ({name: \"…\", org: \"…\"})"
    ),
    .init(
      "E126",
      "'menu' must be a list, one entry per line starting with '- ': a section folder (- lessons), a page (- o-nas.md) or a link (- {title: Сайт отдела, url: https://…})",
      "«menu» должно быть списком, по пункту в строке, начиная с «- »: папка раздела (- lessons), страница (- o-nas.md) или ссылка (- {title: Сайт отдела, url: https://…})",
      "«menu» тізім болуы керек, әр жолда «- » деп басталатын бір тармақ: бөлім қалтасы (- lessons), бет (- o-nas.md) не сілтеме (- {title: Сайт отдела, url: https://…})"
    ),
    .init(
      "E127", "the menu link to '{0}' needs a title: {title: …, url: {1}}",
      "у ссылки меню на «{0}» должно быть название: {title: …, url: {1}}",
      "«{0}» мекенжайына апаратын мәзір сілтемесінің атауы болуы керек: {title: …, url: {1}}"),
    .init(
      "E128", "a menu entry written as a map needs 'url' (with 'title'), 'page' or 'section'",
      "у пункта меню, записанного набором полей, должно быть «url» (с «title»), «page» или «section»",
      "өрістер жиынымен жазылған мәзір тармағында «url» («title» бірге), «page» не «section» болуы керек"
    ),
    .init(
      "E129", "'{0}' in 'menu' is not a section (a folder under content/ with pages)",
      "«{0}» в «menu» — не раздел (раздел — это папка в content/ со страницами)",
      "«menu» ішіндегі «{0}» бөлім емес (бөлім — content/ ішіндегі беттері бар қалта)"),
    .init(
      "E130", "'{0}' in 'menu' is not a page of the site (content/{1})",
      "«{0}» в «menu» — не страница сайта (content/{1})",
      "«menu» ішіндегі «{0}» сайттың беті емес (content/{1})"),
    .init(
      "E131",
      "{0} '{1}' is too long to become a page of the site ('/{2}/…/' would have {3} letters, at most {4}): shorten it",
      "значение «{1}» поля {0} слишком длинное для страницы сайта (в адресе «/{2}/…/» было бы {3} знаков, можно не больше {4}): сократите его",
      "{0} өрісінің «{1}» мәні сайт беті болу үшін тым ұзын («/{2}/…/» мекенжайында {3} таңба болар еді, ең көбі {4}): қысқартыңыз"
    ),
    .init(
      "E132",
      "{0} '{1}' and '{2}' (in {3}) both become '/{4}/{5}/': spell them the same or make them differ in letters",
      "значения «{1}» и «{2}» поля {0} (второе — в {3}) дают один адрес «/{4}/{5}/»: напишите их одинаково или так, чтобы они различались буквами",
      "{0} өрісінің «{1}» және «{2}» мәндері ({3} ішінде) бір мекенжай береді «/{4}/{5}/»: оларды бірдей жазыңыз немесе әріптері өзгеше болсын"
    ),
    .init(
      "E133",
      "the page's address '{0}' has {1} letters, more than a file name can hold ({2}): give the page a shorter 'slug:' or file name",
      "в адресе страницы «{0}» {1} знаков, больше, чем вмещает имя файла ({2}): дайте странице короче «slug:» или имя файла",
      "бет мекенжайы «{0}» ішінде {1} таңба, файл атауына сыйатыннан көп ({2}): бетке қысқарақ «slug:» не файл атауын беріңіз"
    ),
    .init(
      "E134",
      "the page's URL '/{0}' is already used by {1}: give one of them another 'slug:' or file name",
      "адрес страницы «/{0}» уже занят: {1}; дайте одной из них другой «slug:» или другое имя файла",
      "«/{0}» бет мекенжайы бос емес: {1}; біреуіне басқа «slug:» не файл атауын беріңіз"),
    .init(
      "E135", "the page's URL '/{0}' is the list of section '{1}': rename the page",
      "адрес страницы «/{0}» — это список раздела «{1}»: переименуйте страницу",
      "«/{0}» бет мекенжайы — «{1}» бөлімінің тізімі: беттің атын өзгертіңіз"),
    .init(
      "E136", "'slug' must use only a-z, 0-9 and single hyphens, not '{0}'",
      "в «slug» можно писать только латинские a-z, цифры 0-9 и одиночные дефисы, а не «{0}»",
      "«slug» ішінде тек латынның a-z әріптері, 0-9 цифрлары және жалғыз дефис болады, «{0}» емес"),
    .init(
      "E137", "cannot read the config file",
      "не удалось прочитать файл настроек", "баптаулар файлын оқу мүмкін болмады"),
    .init(
      "E138", "the config must be a list of 'key: value' lines",
      "файл настроек должен состоять из строк «поле: значение»",
      "баптаулар файлы «өріс: мән» жолдарынан тұруы керек"),
    .init(
      "E139",
      "base_url '{0}' is not a full address (it must start with https:// or http://): {1}",
      "base_url «{0}» — не полный адрес (он должен начинаться с https:// или http://): {1}",
      "base_url «{0}» толық мекенжай емес (https:// не http:// деп басталуы керек): {1}"),
    .init(
      "E140", "base_url '{0}' has a space, '?' or '#', which a site's address cannot have: {1}",
      "в base_url «{0}» есть пробел, «?» или «#», которых в адресе сайта быть не может: {1}",
      "base_url «{0}» ішінде бос орын, «?» не «#» бар, сайт мекенжайында олар болмайды: {1}"),
    .init(
      "E141",
      "'{0}' is a new value of '{1}' (not in the list '{2}'); kept as written. Did you mean '{3}'? To silence this, add it in site.yml: {4}",
      "«{0}» — новое значение поля «{1}» (его нет в списке «{2}»); оставлено как написано. Может быть, «{3}»? Чтобы это сообщение не появлялось, добавьте его в site.yml: {4}",
      "«{0}» — «{1}» өрісінің жаңа мәні («{2}» тізімінде жоқ); жазылғандай қалдырылды. Мүмкін, «{3}»? Бұл хабар шықпауы үшін оны site.yml ішіне қосыңыз: {4}"
    ),
    // Parts put into other messages.
    .init(
      "E806",
      "write the site's full public address with a slash at the end, as in 'https://school.example.ru/pednet/'",
      "напишите полный публичный адрес сайта с косой чертой в конце, например «https://school.example.ru/pednet/»",
      "сайттың толық жария мекенжайын соңына қиғаш сызық қойып жазыңыз, мысалы «https://school.example.ru/pednet/»"
    ),
    .init(
      "E807", "the site's own '{0}' pages",
      "собственные страницы сайта «{0}»", "сайттың өз «{0}» беттері"),
    .init("E808", "an item of '{0}'", "элемент списка {0}", "{0} тізімінің тармағы"),
    .init("E809", "a menu entry", "пункт меню", "мәзір тармағы"),
  ]
}
