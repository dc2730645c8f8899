import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension BuildOptions {
  /// The language of the messages of a run with these options (``MessageLanguage``).
  fileprivate var language: String {
    MessageLanguage.choose(
      option: messageLanguage, sourceDirectory: sourceDirectory, configFile: configFile,
      environment: ProcessInfo.processInfo.environment)
  }
}

/// `pednet-build serve`: builds the site in place, serves it with live reload, and builds
/// again as soon as the kernel tells of a change in the sources.
public final class PreviewSession: @unchecked Sendable {
  private let options: BuildOptions
  private let live = LiveReload()
  private let watcher: SourceWatcher
  private let server: PreviewServer

  /// A session for the site `options` name, served on `port`.
  public init(options: BuildOptions, port: Int) {
    self.options = options
    watcher = SourceWatcher(source: options.sourceDirectory)
    server = PreviewServer(
      root: options.absoluteOutput, port: port, live: live, language: options.language)
  }

  /// Whether changes are learnt from the kernel (else by looking every second).
  public var usesKernelEvents: Bool { watcher.usesKernelEvents }

  /// Starts serving; an error message when the port can't be used.
  public func start() -> String? {
    server.start()
  }

  /// Builds once and tells the open pages: reload if their file changed, or show the errors.
  public func build() -> BuildReport {
    let report = SiteBuilder.build(options)
    if report.succeeded {
      let changes = report.changes ?? OutputChanges()
      live.built(changed: changes.written + changes.removed)
    } else {
      let errors = report.diagnostics.filter { $0.severity == .error }
      live.failed(errors.map { String($0.description(in: options.language).prefix(500)) })
    }
    return report
  }

  /// Waits for changes and builds after each, for ever; `report` gets every build's report.
  public func run(report: (BuildReport) -> Void) -> Never {
    var quiet = 0
    while true {
      if watcher.waitForChange() {
        quiet = 0
        report(build())
      } else {
        quiet += 1
        if quiet % 15 == 0 { live.ping() }
      }
    }
  }
}
