import Foundation
import FrontMatter

/// The pipeline: load → resolve → render → write, each step timed, diagnostics collected in
/// all of them; any error stops before writing, so the previous output stays as it was.
public enum SiteBuilder {
  /// Loads and resolves the site, renders nothing, writes nothing.
  public static func check(_ options: BuildOptions) -> BuildReport {
    var run = Run(options: options)
    guard let model = run.loadAndResolve() else { return run.finish() }
    let diagnostics = run.diagnostics
    let phase = MarkdownPhase(model: model, diagnostics: diagnostics)
    run.timed("parse") { phase.parse() }
    _ = run.timed("links") { phase.render() }
    if let theme = Theme.load(
      sourceDirectory: options.absoluteSource, config: model.config, diagnostics: diagnostics)
    {
      TemplateCheck(theme: theme, diagnostics: diagnostics).run()
    }
    run.report.pageCount = model.pages.count
    return run.finish()
  }

  /// Builds the site into the output folder.
  public static func build(_ options: BuildOptions) -> BuildReport {
    var run = Run(options: options)
    let writer = OutputWriter(output: options.absoluteOutput, source: options.absoluteSource)
    if let refusal = writer.refusal(home: ProcessInfo.processInfo.environment["HOME"]) {
      run.diagnostics.error(Paths.lastComponent(of: options.absoluteOutput), refusal)
      return run.finish()
    }
    guard let model = run.loadAndResolve() else { return run.finish() }
    guard
      let theme = Theme.load(
        sourceDirectory: options.absoluteSource, config: model.config, diagnostics: run.diagnostics)
    else {
      return run.finish()
    }
    let phase = MarkdownPhase(model: model, diagnostics: run.diagnostics)
    run.timed("parse") { phase.parse() }
    let html = run.timed("markdown") { phase.render() }
    let intros = phase.renderIntros()
    guard !run.diagnostics.hasErrors else { return run.finish() }
    let renderer = Renderer(
      model: model, theme: theme, today: options.todayKey, diagnostics: run.diagnostics)
    let builder = renderer.builder
    var files = run.timed("pages") { renderer.pageFiles(html: html, builder: builder) }
    files += run.timed("lists") { renderer.listFiles(html: html, intros: intros, builder: builder) }
    files += run.timed("search") { renderer.searchFiles() }
    files += renderer.copyFiles()
    guard !run.diagnostics.hasErrors else { return run.finish() }
    let problem = run.timed("write") { writer.write(files) }
    if let problem {
      run.diagnostics.error(Paths.lastComponent(of: options.absoluteOutput), problem)
      return run.finish()
    }
    run.report.pageCount = model.pages.count
    run.report.fileCount = files.count + 1
    run.report.outputDirectory = options.absoluteOutput
    return run.finish()
  }
}

/// The state of one build: diagnostics, timings, the report.
struct Run {
  let options: BuildOptions
  let diagnostics = DiagnosticBag()
  var report = BuildReport()

  init(options: BuildOptions) {
    self.options = options
  }

  /// Runs `body` and records how long it took under `phase`.
  mutating func timed<T>(_ phase: String, _ body: () -> T) -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    report.timings.append((phase, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
    return result
  }

  /// Config, load and resolve; nil when errors make going on pointless.
  mutating func loadAndResolve() -> SiteModel? {
    let source = options.absoluteSource
    guard FileSystem.isFolder(source) else {
      diagnostics.error(options.sourceDirectory, "the source folder does not exist")
      return nil
    }
    var config = ConfigLoader(options: options, diagnostics: diagnostics).load()
    if let baseURL = options.baseURL { config.baseURL = SiteConfig.withTrailingSlash(baseURL) }
    let diagnostics = self.diagnostics
    let content = timed("load") {
      ContentLoader(sourceDirectory: source, diagnostics: diagnostics).load()
    }
    let resolver = Resolver(
      config: config, diagnostics: diagnostics, includeDrafts: options.includeDrafts,
      contentRoot: source + "/content", today: options.todayKey)
    return timed("resolve") { resolver.resolve(content) }
  }

  /// The report with the diagnostics sorted.
  func finish() -> BuildReport {
    var final = report
    final.diagnostics = diagnostics.sorted
    return final
  }
}
