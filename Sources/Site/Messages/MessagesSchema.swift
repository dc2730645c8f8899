/// The site's schema in site.yml (`kinds:`, `vocabularies:`).
enum MessagesSchema {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E401",
      "'vocabularies' must be a map of lists, such as:\n  vocabularies:\n    formats: [очно, онлайн]",
      "«vocabularies» должно быть набором списков, например:\n  vocabularies:\n    formats: [очно, онлайн]",
      "«vocabularies» тізімдер жиыны болуы керек, мысалы:\n  vocabularies:\n    formats: [очно, онлайн]"
    ),
    .init(
      "E402",
      "'kinds' must be a map of kinds, such as:\n  kinds:\n    news:\n      folder: news",
      "«kinds» должно быть набором видов страниц, например:\n  kinds:\n    news:\n      folder: news",
      "«kinds» бет түрлерінің жиыны болуы керек, мысалы:\n  kinds:\n    news:\n      folder: news"),
    .init(
      "E403",
      "the vocabulary '{0}' must be a list of words, such as {1}: [очно, онлайн], or a map with 'values:', 'add:' and 'open:'",
      "словарь «{0}» должен быть списком слов, например {1}: [очно, онлайн], или набором полей «values:», «add:» и «open:»",
      "«{0}» сөздігі сөздер тізімі болуы керек, мысалы {1}: [очно, онлайн], немесе «values:», «add:» және «open:» өрістерінің жиыны"
    ),
    .init(
      "E404", "the kind '{0}' must be a map, such as:\n  {1}:\n    folder: {2}",
      "вид страниц «{0}» должен быть набором полей, например:\n  {1}:\n    folder: {2}",
      "«{0}» бет түрі өрістер жиыны болуы керек, мысалы:\n  {1}:\n    folder: {2}"),
    .init(
      "E405",
      "the kind '{0}' has no folder: add 'folder: {1}s' under it, the folder in content/ where its pages are",
      "у вида страниц «{0}» нет папки: добавьте под ним «folder: {1}s» — папку в content/, где лежат его страницы",
      "«{0}» бет түрінің қалтасы жоқ: оның астына «folder: {1}s» қосыңыз — беттері жатқан content/ ішіндегі қалта"
    ),
    .init(
      "E406",
      "'fields' of the kind '{0}' must be a map, such as:\n  fields:\n    place: text",
      "«fields» вида страниц «{0}» должно быть набором полей, например:\n  fields:\n    place: text",
      "«{0}» бет түрінің «fields» өрісі өрістер жиыны болуы керек, мысалы:\n  fields:\n    place: text"
    ),
    .init(
      "E407", "the field '{0}' must be a type, such as '{1}: text', or a map with 'type:'",
      "поле «{0}» должно быть типом, например «{1}: text», или набором полей с «type:»",
      "«{0}» өрісі түр болуы керек, мысалы «{1}: text», немесе «type:» бар өрістер жиыны"),
    .init(
      "E408", "unknown field type '{0}' of '{1}'",
      "неизвестный тип «{0}» у поля «{1}»", "«{1}» өрісінің «{0}» түрі белгісіз"),
    .init(
      "E409", "'max' of '{0}' is less than its 'min': swap them",
      "у поля «{0}» «max» меньше, чем «min»: поменяйте их местами",
      "«{0}» өрісінде «max» «min» мәнінен кіші: оларды орындарымен ауыстырыңыз"),
    .init(
      "E410",
      "the field '{0}' is required and has a default: a page must write a required field itself, so remove 'default:' or 'required: true'",
      "поле «{0}» обязательное и при этом имеет значение по умолчанию: обязательное поле страница пишет сама, поэтому удалите «default:» или «required: true»",
      "«{0}» өрісі міндетті және әдепкі мәні бар: міндетті өрісті беттің өзі жазады, сондықтан «default:» не «required: true» өшіріңіз"
    ),
    .init(
      "E411",
      "the field '{0}' is a choice but names no vocabulary: add 'vocabulary: NAME' and declare the words under 'vocabularies:'",
      "поле «{0}» — выбор из списка, но словарь не назван: добавьте «vocabulary: ИМЯ» и перечислите слова в «vocabularies:»",
      "«{0}» өрісі — тізімнен таңдау, бірақ сөздік аталмаған: «vocabulary: АТЫ» қосып, сөздерді «vocabularies:» ішінде жазыңыз"
    ),
    .init(
      "E412",
      "the kinds '{0}' and '{1}' both claim the folder '{2}': give '{3}' a folder of its own, such as 'folder: {4}s'",
      "виды страниц «{0}» и «{1}» указывают одну папку «{2}»: дайте «{3}» свою папку, например «folder: {4}s»",
      "«{0}» және «{1}» бет түрлері бір «{2}» қалтасын көрсетеді: «{3}» түріне өз қалтасын беріңіз, мысалы «folder: {4}s»"
    ),
    .init(
      "E413", "the field '{0}' uses the vocabulary '{1}', which is not declared",
      "поле «{0}» использует словарь «{1}», которого нет",
      "«{0}» өрісі жоқ «{1}» сөздігін қолданады"),
    .init(
      "E414",
      "the field '{0}' refers to the kind '{1}', which the site does not have; the kinds are: {2}",
      "поле «{0}» ссылается на вид страниц «{1}», которого на сайте нет; виды страниц: {2}",
      "«{0}» өрісі сайтта жоқ «{1}» бет түріне сілтейді; бет түрлері: {2}"),
    // Endings of the schema's messages.
    .init(
      "E911", " (the types are: {0})",
      " (типы полей: {0})", " (өріс түрлері: {0})"),
    .init(
      "E912", " (declare it under 'vocabularies:', such as {0}: [слово, слово])",
      " (объявите его в «vocabularies:», например {0}: [слово, слово])",
      " (оны «vocabularies:» ішінде жариялаңыз, мысалы {0}: [слово, слово])"),
  ]
}
