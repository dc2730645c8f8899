import Foundation
import Site

/// The commands: each calls the `Site` module and reports.
enum Commands {
  static func options(_ arguments: Arguments) -> BuildOptions {
    var options = BuildOptions(sourceDirectory: arguments.source)
    options.configFile = arguments.config
    options.outputDirectory = arguments.output
    options.includeDrafts = arguments.drafts
    options.baseURL = arguments.baseURL
    options.changedListFile = arguments.changed
    options.messageLanguage = arguments.language
    return options
  }

  static func build(_ arguments: Arguments) -> Int32 {
    printed(SiteBuilder.build(options(arguments)), arguments)
  }

  /// Prints a build's diagnostics and summary; the exit status.
  static func printed(_ report: BuildReport, _ arguments: Arguments) -> Int32 {
    let language = arguments.messageLanguage
    Console.print(report.shownDiagnostics, in: language)
    guard report.succeeded else {
      Console.error(SummaryText.failed(report, in: language))
      return 1
    }
    if !arguments.quiet {
      let timings = SummaryText.timings(report.timings, in: language)
      if report.brokenLinkCount > 0 {
        print(SummaryText.brokenLinks(report.brokenLinkCount, wouldBe: false, in: language))
      }
      for line in SummaryText.leftOut(report.leftOut, in: language) { print(line) }
      print(SummaryText.built(report, timings: timings, in: language))
    }
    return 0
  }

  static func check(_ arguments: Arguments) -> Int32 {
    let report = SiteBuilder.check(options(arguments))
    let language = arguments.messageLanguage
    Console.print(report.shownDiagnostics, in: language)
    let line = SummaryText.checked(report, in: language)
    if report.succeeded { print(line) } else { Console.error(line) }
    if report.brokenLinkCount > 0 {
      print(SummaryText.brokenLinks(report.brokenLinkCount, wouldBe: true, in: language))
    }
    for line in SummaryText.leftOut(report.leftOut, in: language) { print(line) }
    return report.succeeded ? 0 : 1
  }

  static func new(_ arguments: Arguments) -> Int32 {
    let today = BuildOptions(sourceDirectory: arguments.source).todayKey
    let outcome = NewPage.create(
      kind: arguments.positional[0], title: arguments.positional[1],
      sourceDirectory: arguments.source,
      today: YAMLDay(key: today), configFile: arguments.config)
    let language = arguments.messageLanguage
    switch outcome {
    case .created(let path):
      print(path)
      Console.error(SummaryText.newPage(at: path, in: language))
      return 0
    case .unknownKind(let kind):
      let kinds = NewPage.kinds(sourceDirectory: arguments.source, configFile: arguments.config)
      Console.error(
        SummaryText.usage(
          "unknown kind '\(kind)': use " + kinds.joined(separator: ", "), in: language))
      return 2
    case .exists(let path):
      Console.error(
        SummaryText.fileError(
          path, "a page of this name already exists there; choose another title or edit that page",
          in: language))
      return 1
    case .emptyTitle:
      Console.error(
        SummaryText.usage(
          "the title has no letters or digits to make a file name from", in: language))
      return 2
    case .failed(let path):
      Console.error(
        SummaryText.fileError(
          path, "cannot write the file: check the folder's permissions", in: language))
      return 1
    }
  }

  static func schema(_ arguments: Arguments) -> Int32 {
    let result = SchemaPrinter.text(sourceDirectory: arguments.source, configFile: arguments.config)
    Console.print(result.diagnostics, in: arguments.messageLanguage)
    print(result.text, terminator: "")
    return result.diagnostics.contains { $0.severity == .error } ? 1 : 0
  }

  static func initialize(_ arguments: Arguments) -> Int32 {
    let folder = arguments.positional[0]
    let today = BuildOptions(sourceDirectory: folder).todayKey
    let outcome = StarterSite.create(
      folder: folder, host: arguments.host, today: YAMLDay(key: today))
    let language = arguments.messageLanguage
    let say = { (english: String) in print(SummaryText.line(english, in: language)) }
    for path in outcome.created { say("created \(folder)/\(path)") }
    for path in outcome.kept { say("kept \(folder)/\(path) (it existed)") }
    if let failed = outcome.failed {
      Console.error(
        SummaryText.fileError(
          "\(folder)/\(failed)", "cannot write the file: check the folder's permissions",
          in: language))
      return 1
    }
    say("next: pednet-build serve --source \(folder)   (preview at http://127.0.0.1:1313/)")
    if let host = arguments.host {
      say("publish: commit the folder; \(host.recipePath) says what to set up once")
    } else {
      say("publish: pednet-build init \(folder) --host github (or gitlab, ftp) adds the recipe")
    }
    return 0
  }

  static func serve(_ arguments: Arguments) -> Int32 {
    // A preview shows what is being written: drafts and future pages, each marked on its page.
    var arguments = arguments
    arguments.drafts = true
    let session = PreviewSession(options: options(arguments), port: arguments.port)
    let language = arguments.messageLanguage
    if let problem = session.start() {
      Console.error(SummaryText.usage(problem, in: language))
      return 2
    }
    // Flushed after each build, so a log file or a pipe shows it at once.
    let report = { (report: BuildReport) in
      _ = printed(report, arguments)
      fflush(nil)
    }
    report(session.build())
    print(
      SummaryText.line(
        "serving http://127.0.0.1:\(arguments.port)/ (pages reload when files change; Ctrl+C stops)",
        in: language))
    fflush(nil)
    session.run(report: report)
  }
}
