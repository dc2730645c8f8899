/// The pages' Markdown: links, HTML, code blocks, formulas; beyond ``MessagesEnglish/core``.
enum MessagesMarkdown {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E207",
      "the {0} '{1}' has no address, so it leads nowhere; write the address between the round brackets, [{2}](адрес), or remove the brackets; it is shown as text",
      "{0} «{1}» без адреса, она никуда не ведёт; напишите адрес в круглых скобках, [{2}](адрес), или уберите скобки; показана простым текстом",
      "«{1}» {0} мекенжайсыз, ол ешқайда апармайды; мекенжайды дөңгелек жақшаға жазыңыз, [{2}](адрес), немесе жақшаларды алып тастаңыз; кәдімгі мәтінмен көрсетілді"
    ),
    .init(
      "E208",
      "the {0} '{1}' was removed: 'data:' addresses other than PNG, GIF, JPEG or WebP pictures can run code; link to a web page instead; the {2} is shown as text",
      "{0} «{1}» удалена: адреса «data:», кроме картинок PNG, GIF, JPEG и WebP, могут запускать программы; дайте ссылку на веб-страницу; {2} показана простым текстом",
      "«{1}» {0} өшірілді: PNG, GIF, JPEG, WebP суреттерінен басқа «data:» мекенжайлары бағдарлама іске қоса алады; веб-бетке сілтеме беріңіз; {2} кәдімгі мәтінмен көрсетілді"
    ),
    .init(
      "E209",
      "the {0} '{1}' points to a file on your own computer, which readers of the site cannot open; copy the file next to the page and link it by its name; the {2} is shown as text",
      "{0} «{1}» ведёт на файл на вашем компьютере, который читатели сайта открыть не могут; скопируйте файл к странице и сошлитесь на него по имени; {2} показана простым текстом",
      "«{1}» {0} сіздің компьютеріңіздегі файлға апарады, сайт оқырмандары оны аша алмайды; файлды беттің жанына көшіріп, оған атауымен сілтеме жасаңыз; {2} кәдімгі мәтінмен көрсетілді"
    ),
    .init(
      "E210",
      "the {0} '{1}' was removed: '{2}:' addresses can run code or read the reader's files; link to a web page instead; the {3} is shown as text",
      "{0} «{1}» удалена: адреса «{2}:» могут запускать программы или читать файлы читателя; дайте ссылку на веб-страницу; {3} показана простым текстом",
      "«{1}» {0} өшірілді: «{2}:» мекенжайлары бағдарлама іске қосып не оқырманның файлдарын оқи алады; веб-бетке сілтеме беріңіз; {3} кәдімгі мәтінмен көрсетілді"
    ),
    .init(
      "E211",
      "the {0} '{1}' starts with '{2}:', which browsers do not open, so it would lead nowhere; write a full address (https://…) or a path to a file of the site; the {3} is shown as text",
      "{0} «{1}» начинается с «{2}:», такие адреса браузеры не открывают, она вела бы в никуда; напишите полный адрес (https://…) или путь к файлу сайта; {3} показана простым текстом",
      "«{1}» {0} «{2}:» деп басталады, браузерлер мұндай мекенжайды ашпайды, ол ешқайда апармас еді; толық мекенжайды (https://…) не сайт файлының жолын жазыңыз; {3} кәдімгі мәтінмен көрсетілді"
    ),
    .init(
      "E212",
      "the address '{0}' has spaces, which Markdown does not allow in a link; it was read as an image anyway, but write it in angle brackets so that every Markdown viewer shows it: (<{1}>)",
      "в адресе «{0}» есть пробелы, а Markdown их в ссылке не допускает; картинка всё же прочитана, но возьмите адрес в угловые скобки, чтобы её показывала любая программа: (<{1}>)",
      "«{0}» мекенжайында бос орындар бар, Markdown сілтемеде оларға рұқсат бермейді; сурет бәрібір оқылды, бірақ кез келген бағдарлама көрсетуі үшін мекенжайды бұрыштық жақшаға алыңыз: (<{1}>)"
    ),
    .init(
      "E213",
      "the address '{0}' has spaces, which Markdown does not allow in a link; it was read as a link anyway, but write it in angle brackets so that every Markdown viewer shows it: (<{1}>)",
      "в адресе «{0}» есть пробелы, а Markdown их в ссылке не допускает; ссылка всё же прочитана, но возьмите адрес в угловые скобки, чтобы её показывала любая программа: (<{1}>)",
      "«{0}» мекенжайында бос орындар бар, Markdown сілтемеде оларға рұқсат бермейді; сілтеме бәрібір оқылды, бірақ кез келген бағдарлама көрсетуі үшін мекенжайды бұрыштық жақшаға алыңыз: (<{1}>)"
    ),
    .init(
      "E214", "raw HTML was left out of the page (HTML is not allowed in this site's Markdown)",
      "HTML-код убран со страницы (в Markdown этого сайта HTML не разрешён)",
      "HTML коды беттен алынды (бұл сайттың Markdown мәтінінде HTML рұқсат етілмеген)"),
    .init(
      "E215",
      "the HTML tag {0} was left out of the page (HTML is not allowed in this site's Markdown)",
      "HTML-тег {0} убран со страницы (в Markdown этого сайта HTML не разрешён)",
      "{0} HTML тегі беттен алынды (бұл сайттың Markdown мәтінінде HTML рұқсат етілмеген)"),
    .init(
      "E216",
      "the HTML tags {0} were left out of the page (HTML is not allowed in this site's Markdown)",
      "HTML-теги {0} убраны со страницы (в Markdown этого сайта HTML не разрешён)",
      "{0} HTML тегтері беттен алынды (бұл сайттың Markdown мәтінінде HTML рұқсат етілмеген)"),
    .init(
      "E217",
      "HTML was left out in {0} more places of this page too (the last on line {1}); rewrite them in Markdown, or allow HTML with 'raw_html: true' in site.yml",
      "HTML убран ещё в {0} местах этой страницы (последнее — в строке {1}); перепишите их в Markdown или разрешите HTML строкой «raw_html: true» в site.yml",
      "HTML осы беттің тағы {0} жерінен алынды (соңғысы {1}-жолда); оларды Markdown етіп қайта жазыңыз немесе site.yml ішінде «raw_html: true» деп HTML-ге рұқсат беріңіз"
    ),
    .init(
      "E218",
      "this line looks like the start of a code block, but it is read as ordinary text because the words after ``` contain a backtick (`); remove the backtick from this line, or start the block with ~~~ instead",
      "эта строка похожа на начало блока кода, но читается как обычный текст, потому что в словах после ``` есть обратный апостроф (`); уберите его из этой строки или начните блок с ~~~",
      "бұл жол код блогының басына ұқсайды, бірақ кәдімгі мәтін ретінде оқылады, себебі ``` кейінгі сөздерде кері апостроф (`) бар; оны бұл жолдан алып тастаңыз немесе блокты ~~~ белгісімен бастаңыз"
    ),
    .init(
      "E219",
      "this code block is never closed, so everything after it up to the end of the file is shown as code; add a line {0} where the code ends",
      "этот блок кода не закрыт, и всё после него до конца файла показано как код; добавьте строку {0} там, где код кончается",
      "бұл код блогы жабылмаған, сондықтан одан кейінгінің бәрі файл соңына дейін код болып көрсетіледі; код біткен жерге {0} жолын қосыңыз"
    ),
    .init(
      "E220",
      "this code block ends at line {0} without its closing {1}, because the list item or quote it belongs to ends there (a heading or unindented text follows); indent every line of the code like the first, or close the block with {2}",
      "этот блок кода кончается в строке {0} без закрывающей {1}, потому что там кончается пункт списка или цитата, в которой он стоит (дальше заголовок или текст без отступа); сделайте у каждой строки кода такой же отступ, как у первой, или закройте блок строкой {2}",
      "бұл код блогы {0}-жолда жабатын {1} белгісінсіз аяқталады, себебі ол тұрған тізім тармағы не дәйексөз сол жерде бітеді (одан кейін тақырып не шегініссіз мәтін); кодтың әр жолын біріншісіндей шегініспен жазыңыз немесе блокты {2} жолымен жабыңыз"
    ),
    .init(
      "E221",
      "the id '{#{0}}' is already used by another heading of this page; this heading gets an id of its own, so choose a different one",
      "метка «{#{0}}» уже есть у другого заголовка этой страницы; этот заголовок получил свою метку, поэтому выберите другую",
      "«{#{0}}» белгісі осы беттің басқа тақырыбында бар; бұл тақырып өз белгісін алды, сондықтан басқасын таңдаңыз"
    ),
    .init(
      "E222",
      "this paragraph has so many '[' or '![' left open before links that the Markdown library would take minutes to read it (a fault of libcmark 0.30.2): close the brackets, or write a '\\' before each '[' that is not a link",
      "в этом абзаце перед ссылками столько незакрытых «[» или «![», что программа чтения Markdown читала бы его минутами (ошибка libcmark 0.30.2): закройте скобки или поставьте «\\» перед каждой «[», которая не ссылка",
      "бұл абзацта сілтемелер алдында жабылмаған «[» не «![» соншалық көп, Markdown оқитын бағдарлама оны бірнеше минут оқыр еді (libcmark 0.30.2 қатесі): жақшаларды жабыңыз немесе сілтеме емес әр «[» алдына «\\» қойыңыз"
    ),
    .init(
      "E701", "formula '{0}': {1}",
      "формула «{0}»: {1}", "«{0}» формуласы: {1}"),
    .init(
      "E702", "formula block: {0}",
      "блок формул: {0}", "формулалар блогы: {0}"),
    // Endings of the raw HTML messages and of the people's.
    .init(
      "E913", "; write it in Markdown instead, or allow HTML with 'raw_html: true' in site.yml",
      "; напишите это в Markdown или разрешите HTML строкой «raw_html: true» в site.yml",
      "; мұны Markdown етіп жазыңыз немесе site.yml ішінде «raw_html: true» деп HTML-ге рұқсат беріңіз"
    ),
    .init(
      "E914",
      "; write code between backticks instead (`<a>`), or allow HTML with 'raw_html: true' in site.yml",
      "; напишите код между обратными апострофами (`<a>`) или разрешите HTML строкой «raw_html: true» в site.yml",
      "; кодты кері апострофтар арасына жазыңыз (`<a>`) немесе site.yml ішінде «raw_html: true» деп HTML-ге рұқсат беріңіз"
    ),
    .init(
      "E915",
      "; only videos from YouTube, RuTube and VK Video can be embedded; put a link to the page instead",
      "; встроить можно только видео с YouTube, RuTube и VK Видео; дайте вместо этого ссылку на страницу",
      "; тек YouTube, RuTube және VK Video бейнелерін ендіруге болады; оның орнына бетке сілтеме беріңіз"
    ),
    .init(
      "E916", "; write a person without a portfolio as {name: \"…\", org: \"…\"}",
      "; человека без портфолио запишите так: {name: \"…\", org: \"…\"}",
      "; портфолиосы жоқ адамды былай жазыңыз: {name: \"…\", org: \"…\"}"),
    .init(
      "E917", "; did you mean '{0}' or '{1}'?",
      "; может быть, «{0}» или «{1}»?", "; мүмкін, «{0}» не «{1}»?"),
    .init(
      "E918", "; the entry is left out of the menu",
      "; пункт не включён в меню", "; тармақ мәзірге қосылмады"),
  ]
}
