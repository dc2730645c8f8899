/// Files and folders: reading the sources, writing the output; beyond ``MessagesEnglish/core``.
enum MessagesFiles {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E307", "there is no 'content' folder: create it and put the site's Markdown files in it",
      "нет папки content: создайте её и положите в неё Markdown-файлы сайта",
      "content қалтасы жоқ: оны жасап, ішіне сайттың Markdown файлдарын салыңыз"),
    .init(
      "E308", "cannot read the file ({0}): check its permissions",
      "не удалось прочитать файл ({0}): проверьте права доступа к нему",
      "файлды оқу мүмкін болмады ({0}): оған қол жеткізу құқықтарын тексеріңіз"),
    .init(
      "E309",
      "the file is {0} MB, more than max_file_mb ({1} MB) in site.yml allows: split it into several pages, or raise max_file_mb if it really is one page",
      "файл весит {0} МБ, больше, чем разрешает max_file_mb ({1} МБ) в site.yml: разделите его на несколько страниц или увеличьте max_file_mb, если это действительно одна страница",
      "файл көлемі {0} МБ, site.yml ішіндегі max_file_mb ({1} МБ) рұқсат еткеннен көп: оны бірнеше бетке бөліңіз немесе бұл шынымен бір бет болса, max_file_mb мәнін үлкейтіңіз"
    ),
    .init(
      "E310",
      "the file is {0} MB, more than max_file_mb ({1} MB) in site.yml allows: make it smaller (or put it on a file host and link to it), or raise max_file_mb",
      "файл весит {0} МБ, больше, чем разрешает max_file_mb ({1} МБ) в site.yml: уменьшите его (или выложите на файлообменник и дайте ссылку) или увеличьте max_file_mb",
      "файл көлемі {0} МБ, site.yml ішіндегі max_file_mb ({1} МБ) рұқсат еткеннен көп: оны кішірейтіңіз (немесе файл хостингіне салып, сілтеме беріңіз) не max_file_mb мәнін үлкейтіңіз"
    ),
    .init(
      "E311",
      "the file is in the Windows-1251 encoding, not UTF-8; it was converted, but re-save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)",
      "файл в кодировке Windows-1251, а не UTF-8; он перекодирован, но пересохраните его в UTF-8 (в Блокноте: Файл → Сохранить как → Кодировка: UTF-8)",
      "файл UTF-8 емес, Windows-1251 кодтауында; ол түрлендірілді, бірақ оны UTF-8 етіп қайта сақтаңыз (Блокнотта: Файл → Басқаша сақтау → Кодтау: UTF-8)"
    ),
    .init(
      "E312",
      "the file is in the UTF-16 encoding (\"Unicode\" in Notepad), not UTF-8; it was converted, but re-save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)",
      "файл в кодировке UTF-16 («Юникод» в Блокноте), а не UTF-8; он перекодирован, но пересохраните его в UTF-8 (в Блокноте: Файл → Сохранить как → Кодировка: UTF-8)",
      "файл UTF-8 емес, UTF-16 кодтауында (Блокнотта «Юникод»); ол түрлендірілді, бірақ оны UTF-8 етіп қайта сақтаңыз (Блокнотта: Файл → Басқаша сақтау → Кодтау: UTF-8)"
    ),
    .init(
      "E313",
      "the file is in the KOI8-R encoding, not UTF-8; it was converted, but re-save it as UTF-8 (in a text editor: Save as → Encoding: UTF-8)",
      "файл в кодировке KOI8-R, а не UTF-8; он перекодирован, но пересохраните его в UTF-8 (в текстовом редакторе: Сохранить как → Кодировка: UTF-8)",
      "файл UTF-8 емес, KOI8-R кодтауында; ол түрлендірілді, бірақ оны UTF-8 етіп қайта сақтаңыз (мәтін өңдегішінде: Басқаша сақтау → Кодтау: UTF-8)"
    ),
    .init(
      "E314",
      "the file contains a NUL byte: it is binary or damaged; re-save it as plain UTF-8 text",
      "в файле есть нулевой байт (NUL): это не текст или файл повреждён; пересохраните его как обычный текст в UTF-8",
      "файлда нөлдік байт (NUL) бар: бұл мәтін емес немесе файл бүлінген; оны UTF-8 кәдімгі мәтіні етіп қайта сақтаңыз"
    ),
    .init(
      "E315",
      "the file is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R text; re-save it as UTF-8",
      "файл не в UTF-8, UTF-16, Windows-1251 или KOI8-R; пересохраните его в UTF-8",
      "файл UTF-8, UTF-16, Windows-1251 не KOI8-R мәтіні емес; оны UTF-8 етіп қайта сақтаңыз"),
    .init(
      "E316",
      "the text holds {0} invisible control character (from copying out of another program); they were removed: retype the text around here",
      "в тексте {0|невидимый управляющий символ|невидимых управляющих символа|невидимых управляющих символов} (от копирования из другой программы); они удалены: перепечатайте текст в этом месте",
      "мәтінде {0} көрінбейтін басқару таңбасы бар (басқа бағдарламадан көшіргенде пайда болған); олар өшірілді: осы жердегі мәтінді қайта теріңіз"
    ),
    .init(
      "E317",
      "the text holds {0} invisible control characters (from copying out of another program); they were removed: retype the text around here",
      "в тексте {0|невидимый управляющий символ|невидимых управляющих символа|невидимых управляющих символов} (от копирования из другой программы); они удалены: перепечатайте текст в этом месте",
      "мәтінде {0} көрінбейтін басқару таңбасы бар (басқа бағдарламадан көшіргенде пайда болған); олар өшірілді: осы жердегі мәтінді қайта теріңіз"
    ),
    .init(
      "E318",
      "this is not a regular file (a pipe, a socket or a device); it was skipped: remove it from the site's folder",
      "это не обычный файл (канал, сокет или устройство); он пропущен: уберите его из папки сайта",
      "бұл кәдімгі файл емес (арна, сокет не құрылғы); ол өткізіп жіберілді: оны сайт қалтасынан алып тастаңыз"
    ),
    .init(
      "E319",
      "the folder is deeper than {0} levels; what is inside it was not read: move it higher up",
      "папка вложена глубже {0} уровней; её содержимое не прочитано: перенесите её выше",
      "қалта {0} деңгейден терең; оның ішіндегісі оқылмады: оны жоғарырақ жылжытыңыз"),
    .init(
      "E320",
      "cannot read the folder ({0}), so none of its pages would be published: check its permissions (chmod -R u+rX)",
      "не удалось прочитать папку ({0}), поэтому ни одна её страница не была бы опубликована: проверьте права доступа (chmod -R u+rX)",
      "қалтаны оқу мүмкін болмады ({0}), сондықтан оның бірде-бір беті жарияланбас еді: қол жеткізу құқықтарын тексеріңіз (chmod -R u+rX)"
    ),
    .init(
      "E321", "the link '{0}' leads round in a loop; it was skipped: remove the link",
      "ссылка на файл «{0}» ведёт по кругу; она пропущена: удалите её",
      "«{0}» файл сілтемесі шеңбер бойымен айналады; ол өткізіп жіберілді: оны өшіріңіз"),
    .init(
      "E322",
      "the link points to nothing ('{0}' does not exist); it was skipped: remove the link or restore the file",
      "ссылка на файл ведёт в никуда («{0}» нет); она пропущена: удалите ссылку или верните файл",
      "файл сілтемесі ешқайда апармайды («{0}» жоқ); ол өткізіп жіберілді: сілтемені өшіріңіз немесе файлды қайтарыңыз"
    ),
    .init(
      "E323",
      "the link leads outside the site's folder (to '{0}'); it was skipped, so that nothing outside the site is published: copy the files into the folder instead",
      "ссылка на файл ведёт за пределы папки сайта (в «{0}»); она пропущена, чтобы не опубликовать ничего лишнего: лучше скопируйте файлы в папку",
      "файл сілтемесі сайт қалтасынан тыс апарады («{0}»); артық ештеңе жарияланбауы үшін ол өткізіп жіберілді: файлдарды қалтаға көшіріңіз"
    ),
    .init(
      "E324",
      "the link leads to a folder already read (a loop, or a second way in); it was skipped: remove the link",
      "ссылка на файл ведёт в уже прочитанную папку (круг или второй путь туда же); она пропущена: удалите её",
      "файл сілтемесі оқылып қойған қалтаға апарады (шеңбер не сол жерге екінші жол); ол өткізіп жіберілді: оны өшіріңіз"
    ),
    .init(
      "E325", "the output folder is '/': choose a folder such as 'public'",
      "папка для сайта — «/»: выберите папку, например «public»",
      "сайт қалтасы — «/»: басқа қалтаны таңдаңыз, мысалы «public»"),
    .init(
      "E326", "the output folder is your home folder: choose a folder such as 'public'",
      "папка для сайта — ваша домашняя папка: выберите другую, например «public»",
      "сайт қалтасы — сіздің үй қалтаңыз: басқасын таңдаңыз, мысалы «public»"),
    .init(
      "E327",
      "the output folder is the source folder: choose a folder inside it such as 'public'",
      "папка для сайта совпадает с папкой исходников: выберите папку внутри неё, например «public»",
      "сайт қалтасы бастапқы қалтамен бірдей: оның ішіндегі қалтаны таңдаңыз, мысалы «public»"),
    .init(
      "E328",
      "the output folder contains the source folder, so a build would replace it: choose another folder",
      "папка для сайта содержит папку исходников, и сборка заменила бы её: выберите другую папку",
      "сайт қалтасының ішінде бастапқы қалта бар, жинау оны ауыстырып жіберер еді: басқа қалтаны таңдаңыз"
    ),
    .init(
      "E329", "the output folder is inside 'content': choose a folder such as 'public'",
      "папка для сайта лежит внутри content: выберите другую, например «public»",
      "сайт қалтасы content ішінде жатыр: басқасын таңдаңыз, мысалы «public»"),
    .init(
      "E330",
      "the output folder '{0}' holds a site of its own ('{1}'): choose a folder such as 'public'",
      "в папке «{0}» лежит другой сайт («{1}»): выберите папку, например «public»",
      "«{0}» қалтасында басқа сайт жатыр («{1}»): басқа қалтаны таңдаңыз, мысалы «public»"),
    .init(
      "E331", "another pednet-build (process {0}) is writing into '{1}': wait until it ends",
      "в «{1}» уже пишет другой pednet-build (процесс {0}): дождитесь, пока он закончит",
      "«{1}» ішіне басқа pednet-build (процесс {0}) жазып жатыр: ол аяқталғанша күтіңіз"),
    .init(
      "E332", "cannot write '{0}' into the output: {1}",
      "не удалось записать «{0}» в папку сайта: {1}",
      "«{0}» файлын сайт қалтасына жазу мүмкін болмады: {1}"),
    .init(
      "E333", "cannot write into '{0}': check its permissions and the free disk space",
      "не удалось записать в «{0}»: проверьте права доступа и свободное место на диске",
      "«{0}» ішіне жазу мүмкін болмады: қол жеткізу құқықтарын және дискідегі бос орынды тексеріңіз"
    ),
    .init(
      "E334", "cannot write '{0}' into '{1}'",
      "не удалось записать «{0}» в «{1}»", "«{0}» файлын «{1}» ішіне жазу мүмкін болмады"),
    .init(
      "E335", "cannot create a staging folder inside the output folder: check its permissions",
      "не удалось создать временную папку внутри папки сайта: проверьте права доступа",
      "сайт қалтасының ішінде уақытша қалта жасау мүмкін болмады: қол жеткізу құқықтарын тексеріңіз"
    ),
    .init(
      "E336", "cannot create a scratch file in the staging folder: check the free disk space",
      "не удалось создать временный файл: проверьте свободное место на диске",
      "уақытша файл жасау мүмкін болмады: дискідегі бос орынды тексеріңіз"),
    .init(
      "E337",
      "cannot keep the pages' text in a scratch file beside the output: check the free disk space",
      "не удалось сохранить текст страниц во временный файл рядом с сайтом: проверьте свободное место на диске",
      "беттердің мәтінін сайттың жанындағы уақытша файлға сақтау мүмкін болмады: дискідегі бос орынды тексеріңіз"
    ),
    .init(
      "E338",
      "this file was not made by pednet-build and was replaced by the built file of the same name: keep your own files outside the output folder",
      "этот файл создан не pednet-build и заменён собранным файлом с тем же именем: держите свои файлы вне папки сайта",
      "бұл файлды pednet-build жасамаған, ол аттас жиналған файлмен ауыстырылды: өз файлдарыңызды сайт қалтасынан тыс сақтаңыз"
    ),
    .init(
      "E339", "the source folder does not exist",
      "папки с исходниками сайта нет", "сайттың бастапқы қалтасы жоқ"),
    .init(
      "E340",
      "cannot write the list of changed files: check that its folder exists and can be written",
      "не удалось записать список изменённых файлов: проверьте, что его папка есть и в неё можно писать",
      "өзгерген файлдар тізімін жазу мүмкін болмады: оның қалтасы бар екенін және оған жазуға болатынын тексеріңіз"
    ),
    .init(
      "E341", "the file changed or vanished while the site was being built: build again",
      "файл изменился или исчез во время сборки: соберите сайт ещё раз",
      "жинау кезінде файл өзгерді не жоғалды: сайтты қайта жинаңыз"),
    // Parts put into E332.
    .init(
      "E810", "cannot read '{0}' to copy it",
      "не удалось прочитать «{0}», чтобы скопировать",
      "көшіру үшін «{0}» файлын оқу мүмкін болмады"),
    .init(
      "E811",
      "its name is longer than a file system allows (255 bytes): shorten the slug, tag or file name it comes from",
      "его имя длиннее, чем допускает файловая система (255 байт): сократите slug, метку или имя файла, из которого оно получено",
      "оның атауы файлдық жүйе рұқсат еткеннен ұзын (255 байт): ол алынған slug, белгі не файл атауын қысқартыңыз"
    ),
    .init(
      "E812",
      "the site would be larger than {0} MB, which no site of a network needs: look for a page with thousands of tags, authors or pages of a list",
      "сайт получился бы больше {0} МБ, а такой не нужен ни одному сетевому сообществу: поищите страницу с тысячами меток, авторов или страниц списка",
      "сайт {0} МБ-тан үлкен болар еді, ондай ешбір желілік қауымдастыққа керек емес: мыңдаған белгісі, авторы не тізім беті бар бетті іздеңіз"
    ),
    .init(
      "E813", "check the free disk space",
      "проверьте свободное место на диске", "дискідегі бос орынды тексеріңіз"),
    .init(
      "E814", "check the permissions of its folder",
      "проверьте права доступа к его папке",
      "оның қалтасына қол жеткізу құқықтарын тексеріңіз"),
  ]
}
