/// Templates (Mustache, the theme) and the faults of a formula (parts, E8…, put into E701
/// and E702).
enum MessagesTemplates {
  /// The entries, by id.
  static let entries: [CatalogueEntry] = [
    .init(
      "E501", "unclosed tag: '{0}{' without '}{1}'",
      "тег не закрыт: «{0}{» без «}{1}»", "тег жабылмаған: «{0}{» бар, «}{1}» жоқ"),
    .init(
      "E502", "unclosed tag: '{0}' without '{1}'",
      "тег не закрыт: «{0}» без «{1}»", "тег жабылмаған: «{0}» бар, «{1}» жоқ"),
    .init(
      "E503",
      "bad set-delimiter tag: it must end with '=' before the closing delimiter, as in '{0}'",
      "неверный тег смены разделителей: перед закрывающим разделителем должен стоять «=», как в «{0}»",
      "бөлгіштерді ауыстыру тегі қате: жабатын бөлгіш алдында «=» тұруы керек, мысалы «{0}»"),
    .init(
      "E504",
      "bad set-delimiter tag: expected two delimiters separated by a space, as in '{0}'",
      "неверный тег смены разделителей: нужны два разделителя через пробел, как в «{0}»",
      "бөлгіштерді ауыстыру тегі қате: бос орынмен бөлінген екі бөлгіш керек, мысалы «{0}»"),
    .init(
      "E505", "empty tag: a name is expected between '{0}' and '{1}'",
      "пустой тег: между «{0}» и «{1}» должно быть имя",
      "бос тег: «{0}» мен «{1}» арасында атау болуы керек"),
    .init(
      "E506", "bad tag name '{0}': a name cannot contain spaces",
      "неверное имя тега «{0}»: в имени не может быть пробелов",
      "«{0}» тег атауы қате: атауда бос орын болмайды"),
    .init(
      "E507", "bad name '{0}': a dotted name needs a name between the dots",
      "неверное имя «{0}»: в имени с точками между точками должны быть имена",
      "«{0}» атауы қате: нүктелі атауда нүктелер арасында атау болуы керек"),
    .init(
      "E508", "unclosed {0} '{1}': no closing tag '{2}/{3}{4}' follows",
      "не закрыто: {0} «{1}»; дальше нет закрывающего тега «{2}/{3}{4}»",
      "жабылмаған: {0} «{1}»; одан кейін «{2}/{3}{4}» жабатын тегі жоқ"),
    .init(
      "E509", "sections nested too deeply (more than {0} levels)",
      "секции вложены слишком глубоко (больше {0} уровней)",
      "секциялар тым терең ендірілген ({0} деңгейден көп)"),
    .init(
      "E510", "closing tag '{0}' has no open section to close",
      "закрывающему тегу «{0}» нечего закрывать: открытой секции нет",
      "«{0}» жабатын тегі жабатын ашық секция жоқ"),
    .init(
      "E511", "closing tag '{0}' does not match the open {1} '{2}' (line {3}, column {4})",
      "закрывающий тег «{0}» не совпадает с открытым ({1}) «{2}» (строка {3}, столбец {4})",
      "«{0}» жабатын тегі ашық ({1}) «{2}» тегіне сәйкес емес ({3}-жол, {4}-баған)"),
    .init(
      "E512", "unknown parent template '{0}'",
      "нет родительского шаблона «{0}»", "«{0}» ата шаблоны жоқ"),
    .init(
      "E513", "unknown partial '{0}'",
      "нет вложенного шаблона «{0}»", "«{0}» ішкі шаблоны жоқ"),
    .init(
      "E514", "unknown template '{0}'", "нет шаблона «{0}»", "«{0}» шаблоны жоқ"),
    .init(
      "E515",
      "templates nested more than {0} levels deep (sections, partials, parents, blocks): does a partial or parent include itself without end?",
      "шаблоны вложены глубже {0} уровней (секции, вложенные и родительские шаблоны, блоки): не включает ли шаблон сам себя без конца?",
      "шаблондар {0} деңгейден терең ендірілген (секциялар, ішкі және ата шаблондар, блоктар): шаблон өзін-өзі шексіз қоспай ма?"
    ),
    .init(
      "E516",
      "the text returned by lambda '{0}' is not a valid template: line {1}, column {2}: {3}",
      "текст, который вернула функция «{0}», — неверный шаблон: строка {1}, столбец {2}: {3}",
      "«{0}» функциясы қайтарған мәтін — қате шаблон: {1}-жол, {2}-баған: {3}"),
    .init(
      "E517", "the theme '{0}' is not in {1}/: create the folder or remove 'theme:'",
      "темы «{0}» нет в {1}/: создайте эту папку или удалите «theme:»",
      "«{0}» тақырыбы {1}/ ішінде жоқ: қалтаны жасаңыз немесе «theme:» өшіріңіз"),
    .init(
      "E518", "'{0}': the interface strings have no key '{1}'",
      "«{0}»: в строках интерфейса нет ключа «{1}»",
      "«{0}»: интерфейс жолдарында «{1}» кілті жоқ"),
    .init(
      "E519", "'{0}' is never provided by the build, so it renders empty",
      "«{0}» сборка никогда не передаёт, поэтому на его месте будет пусто",
      "«{0}» мәнін жинау ешқашан бермейді, сондықтан оның орны бос болады"),
    .init(
      "E520", "cannot render '{0}': {1}",
      "не удалось собрать «{0}»: {1}", "«{0}» жинау мүмкін болмады: {1}"),
    // The faults of a formula, put into E701 and E702.
    .init(
      "E815", "'}' closes nothing: add the '{' it closes or remove it",
      "«}» ничего не закрывает: добавьте «{», которую она закрывает, или удалите её",
      "«}» ештеңені жаппайды: ол жабатын «{» қосыңыз немесе оны өшіріңіз"),
    .init(
      "E816", "{0} is only used inside \\begin{…}…\\end{…} (aligned, cases, matrix)",
      "{0} пишут только внутри \\begin{…}…\\end{…} (aligned, cases, matrix)",
      "{0} тек \\begin{…}…\\end{…} ішінде жазылады (aligned, cases, matrix)"),
    .init(
      "E817", "double {0}: group it with braces, as x^{a^b}",
      "двойной {0}: сгруппируйте его фигурными скобками, как x^{a^b}",
      "қос {0}: оны бұйра жақшамен топтаңыз, мысалы x^{a^b}"),
    .init(
      "E818", "'^' or '_' has nothing after it",
      "после «^» или «_» ничего нет", "«^» не «_» белгісінен кейін ештеңе жоқ"),
    .init(
      "E819", "the formula ends too early",
      "формула обрывается раньше времени", "формула уақытынан бұрын үзіледі"),
    .init(
      "E820", "'{' is not closed: add '}'",
      "«{» не закрыта: добавьте «}»", "«{» жабылмаған: «}» қосыңыз"),
    .init(
      "E821", "a command needs an argument in braces here",
      "здесь команде нужен аргумент в фигурных скобках",
      "мұнда командаға бұйра жақшадағы аргумент керек"),
    .init(
      "E822", "unknown command '\\{0}': check its spelling; the formula is shown as code",
      "неизвестная команда «\\{0}»: проверьте, как она написана; формула показана как код",
      "«\\{0}» командасы белгісіз: жазылуын тексеріңіз; формула код ретінде көрсетілді"),
    .init(
      "E823", "'[' is not closed: add ']'",
      "«[» не закрыта: добавьте «]»", "«[» жабылмаған: «]» қосыңыз"),
    .init(
      "E824", "'\\left' has no '\\right': add '\\right)' or '\\right.'",
      "у «\\left» нет «\\right»: добавьте «\\right)» или «\\right.»",
      "«\\left» үшін «\\right» жоқ: «\\right)» не «\\right.» қосыңыз"),
    .init(
      "E825", "'\\left' or '\\right' needs a bracket after it",
      "после «\\left» или «\\right» должна стоять скобка",
      "«\\left» не «\\right» кейін жақша тұруы керек"),
    .init(
      "E826", "unknown environment '{0}': use matrix, pmatrix, cases, aligned or array",
      "неизвестное окружение «{0}»: используйте matrix, pmatrix, cases, aligned или array",
      "«{0}» ортасы белгісіз: matrix, pmatrix, cases, aligned не array қолданыңыз"),
    .init(
      "E827", "'\\begin' has no '\\end': add it",
      "у «\\begin» нет «\\end»: добавьте его", "«\\begin» үшін «\\end» жоқ: оны қосыңыз"),
    .init(
      "E828", "'\\right' has no '\\left' inside this environment",
      "у «\\right» нет «\\left» внутри этого окружения",
      "бұл ортада «\\right» үшін «\\left» жоқ"),
    .init(
      "E829", "'\\begin{{0}}' ends with '\\end{{1}}': make them the same",
      "«\\begin{{0}}» закрыт «\\end{{1}}»: сделайте их одинаковыми",
      "«\\begin{{0}}» «\\end{{1}}» арқылы жабылған: оларды бірдей етіңіз"),
  ]
}
