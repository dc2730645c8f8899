// Times the Markdown module on a ~9 KB Russian lesson page (pipe table, headings, lists,
// links): parse + passes + HTML render, N times on one core, then N times on all cores.
//
// Build and run from the repository root (the module map in Sources/CMark makes `import CMark`
// work; the Markdown sources are compiled into the benchmark, so `import Markdown` is skipped):
//   swiftc -O -I Sources/CMark Sources/Markdown/*.swift Benchmarks/markdown-bench.swift \
//     -lcmark -o /tmp/markdown-bench && /tmp/markdown-bench [N, default 2000]
import Dispatch
import Foundation

#if canImport(Markdown)
  import Markdown
#endif

/// The benchmark's page and its timing.
@main
struct MarkdownBench {
  static func main() {
    let arguments = CommandLine.arguments
    let count = arguments.count > 1 ? Int(arguments[1]) ?? 2_000 : 2_000
    let page = lessonPage()
    let options = MarkdownOptions(language: "ru", rawHTML: .drop, firstLine: 12)
    let resolve: (LinkReference) -> String? = { link in
      link.destination.hasSuffix(".md") ? "../" + link.destination.dropLast(3) + "/" : nil
    }
    let reference = Document(markdown: page, options: options).renderHTML(resolvingLinks: resolve)
    var checksum = 0
    let serialStart = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<count {
      checksum &+=
        Document(markdown: page, options: options).renderHTML(resolvingLinks: resolve).utf8.count
    }
    let serial = Double(DispatchTime.now().uptimeNanoseconds - serialStart) / 1e9
    let lengths = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
    defer { lengths.deallocate() }
    let parallelStart = DispatchTime.now().uptimeNanoseconds
    DispatchQueue.concurrentPerform(iterations: count) { index in
      lengths[index] =
        Document(markdown: page, options: options).renderHTML(resolvingLinks: resolve).utf8.count
    }
    let parallel = Double(DispatchTime.now().uptimeNanoseconds - parallelStart) / 1e9
    guard lengths.allSatisfy({ $0 == reference.utf8.count }),
      checksum == count * reference.utf8.count
    else {
      print("markdown: renders differ")
      exit(1)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print(
      "page: \(page.utf8.count) bytes of Markdown, \(reference.utf8.count) bytes of HTML; \(count) renders; \(cores) cores"
    )
    print(
      "markdown: \(Int(Double(count) / serial)) pages/s (1 core), \(Int(Double(count) / parallel)) pages/s (all cores)"
    )
  }

  /// A lesson plan as teachers write them: about 9 KB.
  static func lessonPage() -> String {
    var text = """
      # Конспект урока математики в 6 классе: "Сложение дробей с разными знаменателями"

      **Предмет:** математика. **Класс:** 6 «Б». **Тип урока:** урок открытия новых знаний.
      Учебник -- Н. Я. Виленкин и др., см. [программу](../programs/math-5-6.md) и
      [методичку](../methods/drobi.md#slozhenie). Материалы: https://resh.edu.ru/subject/12/6/

      ## Цели урока

      - **Образовательная:** сформировать умение складывать дроби с разными знаменателями;
      - **развивающая:** развивать вычислительные навыки, внимание и "математическую речь";
      - **воспитательная:** воспитывать аккуратность и интерес к предмету.

      ## Оборудование

      1. Презентация ([скачать](files/prezentaciya.pptx)), интерактивная доска.
      2. Раздаточный материал: карточки с заданиями ~~трёх~~ двух уровней.
      3. Рабочая тетрадь, учебник, стр. 45--47.


      """
    text += "## Ход урока\n\n"
    text += "| Этап | Время | Деятельность учителя | Деятельность учащихся | УУД |\n"
    text += "|:-----|:-----:|----------------------|-----------------------|----:|\n"
    let stages = [
      (
        "Организационный момент", "2 мин", "Приветствует учащихся, проверяет готовность к уроку",
        "Приветствуют учителя, настраиваются на работу", "Л"
      ),
      (
        "Актуализация знаний", "7 мин",
        "Проводит устный счёт: *сокращение* и **приведение** дробей",
        "Решают примеры, отвечают на вопросы \"по цепочке\"", "П, К"
      ),
      (
        "Постановка проблемы", "5 мин", "Предлагает сложить ½ и ⅓ \\| создаёт ситуацию затруднения",
        "Выдвигают гипотезы, формулируют тему урока", "Р, К"
      ),
      (
        "Открытие нового знания", "10 мин", "Организует работу в парах по [алгоритму](algoritm.md)",
        "Выводят правило: привести к общему знаменателю", "П, Р"
      ),
      (
        "Первичное закрепление", "8 мин", "Комментирует решение № 512 (а, б) у доски",
        "Решают с проговариванием вслух", "П"
      ),
      (
        "Самостоятельная работа", "7 мин", "Раздаёт карточки, см. `вариант 1` и `вариант 2`",
        "Выполняют задания, проверяют по эталону", "Р"
      ),
      (
        "Рефлексия", "4 мин", "Задаёт вопросы: что узнали? что было трудно?",
        "Оценивают свою работу с помощью «светофора»", "Л, Р"
      ),
      (
        "Домашнее задание", "2 мин", "Объясняет задание: п. 8, № 520, 523, 527*",
        "Записывают задание в дневник", "—"
      ),
    ]
    for stage in stages {
      text += "| \(stage.0) | \(stage.1) | \(stage.2) | \(stage.3) | \(stage.4) |\n"
    }
    text += "\n"
    let paragraph = """
      На этапе актуализации учитель напоминает, что дробь можно сократить, если числитель и
      знаменатель имеют общий делитель. Ученики приводят примеры -- устно и на доске. Учитель
      задаёт вопрос: "Как сложить дроби, если знаменатели разные?" Класс обсуждает варианты,
      а затем сверяется с [правилом в учебнике](../textbook/p8.md) и с видеоуроком на
      www.youtube.com/watch?v=abc123 (3 мин). Вопросы можно задать по почте: teacher@school.ru.


      """
    var section = 1
    while text.utf8.count < 8_600 {
      text += "### Комментарий к этапу \(section)\n\n" + paragraph
      text += "- Ошибка: сложили числители и знаменатели (*типичная*);\n"
      text += "- вывод: сначала найти НОК знаменателей, затем *дополнительные множители*.\n\n"
      section += 1
    }
    text += "## Приложения\n\n> Приложение 1 -- [карточки](files/kartochki.pdf), приложение 2 -- "
    text += "![эталон](files/etalon.png \"Эталон\").\n"
    return text
  }
}
