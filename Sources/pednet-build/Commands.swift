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
    return options
  }

  static func build(_ arguments: Arguments) -> Int32 {
    let report = SiteBuilder.build(options(arguments))
    Console.print(report.diagnostics)
    guard report.succeeded else {
      Console.error(
        "build failed: \(Console.summary(errors: report.errorCount, warnings: report.warningCount)); the previous output was left as it was"
      )
      return 1
    }
    if !arguments.quiet {
      let timings = report.timings.map { String(format: "%@ %.3fs", $0.phase, $0.seconds) }.joined(
        separator: ", ")
      if report.brokenLinkCount > 0 {
        print(
          "\(report.brokenLinkCount) broken links shown as text (broken_links: warning in site.yml)"
        )
      }
      if report.leftOutCount > 0 {
        print("\(report.leftOutCount) drafts or future-dated pages left out (--drafts builds them)")
      }
      print(
        "built \(report.pageCount) pages, \(report.fileCount) files into \(report.outputDirectory ?? "") (\(timings))"
      )
    }
    return 0
  }

  static func check(_ arguments: Arguments) -> Int32 {
    let report = SiteBuilder.check(options(arguments))
    Console.print(report.diagnostics)
    let line =
      "\(Console.summary(errors: report.errorCount, warnings: report.warningCount)) in \(report.pageCount) pages"
    if report.succeeded { print(line) } else { Console.error(line) }
    if report.brokenLinkCount > 0 {
      print("\(report.brokenLinkCount) broken links would be shown as text (broken_links: warning)")
    }
    return report.succeeded ? 0 : 1
  }

  static func new(_ arguments: Arguments) -> Int32 {
    let today = BuildOptions(sourceDirectory: arguments.source).todayKey
    let outcome = NewPage.create(
      kind: arguments.positional[0], title: arguments.positional[1],
      sourceDirectory: arguments.source, configFile: arguments.config,
      today: YAMLDay(key: today))
    switch outcome {
    case .created(let path):
      print(path)
      return 0
    case .unknownKind(let kind):
      Console.error(
        "pednet-build: unknown kind '\(kind)': use a kind that 'pednet-build schema' lists (portfolio, lesson, seminar, olympiad, page and those of site.yml)\nSee 'pednet-build --help'."
      )
      return 2
    case .exists(let path):
      Console.error(
        "\(path): error: the file already exists; choose another title or edit that file")
      return 1
    case .emptyTitle:
      Console.error(
        "pednet-build: the title has no letters or digits to make a file name from\nSee 'pednet-build --help'."
      )
      return 2
    case .failed(let path):
      Console.error("\(path): error: cannot write the file: check the folder's permissions")
      return 1
    }
  }

  static func schema(_ arguments: Arguments) -> Int32 {
    let (text, diagnostics) = SchemaText.describe(
      sourceDirectory: arguments.source, configFile: arguments.config)
    Console.print(diagnostics)
    print(text, terminator: "")
    return diagnostics.contains { $0.severity == .error } ? 1 : 0
  }

  static func serve(_ arguments: Arguments) -> Int32 {
    let options = options(arguments)
    let watcher = SourceWatcher(source: arguments.source)
    _ = build(arguments)
    let server = PreviewServer(root: options.absoluteOutput, port: arguments.port)
    if let problem = server.start() {
      Console.error("pednet-build: \(problem)\nSee 'pednet-build --help'.")
      return 2
    }
    print("serving http://127.0.0.1:\(arguments.port)/ (rebuilds when files change; Ctrl+C stops)")
    var last = watcher.fingerprint()
    while true {
      sleep(1)
      let now = watcher.fingerprint()
      if now != last {
        last = now
        _ = build(arguments)
      }
    }
  }
}
