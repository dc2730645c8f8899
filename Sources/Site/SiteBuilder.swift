import Foundation
import FrontMatter
import Search

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
    run.report.brokenLinkCount = run.timed("links") { phase.resolveLinks() }
    if let theme = Theme.load(
      sourceDirectory: options.absoluteSource, config: model.config, diagnostics: diagnostics)
    {
      TemplateCheck(theme: theme, diagnostics: diagnostics).run()
    }
    run.checkPublishing(model.config)
    run.report.pageCount = model.pages.count
    run.report.leftOut = model.leftOut
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
    let key = BuildKey(options)
    if let done = upToDate(options, key: key) { return ChangeList.written(done, options) }
    guard let build = prepare(writer: writer, run: &run) else { return run.finish() }
    let cache = options.usesCache ? BuildCache(options) : nil
    var phase = MarkdownPhase(
      model: build.model, diagnostics: run.diagnostics, store: build.store,
      search: SearchIndexBuilder())
    phase.cache = cache
    run.timed("parse") { phase.parse() }
    run.report.brokenLinkCount = run.timed("links") { phase.resolveLinks() }
    if !run.diagnostics.hasErrors {
      render(build, phase: phase, run: &run)
    }
    cache?.save()
    run.checkPublishing(build.model.config)
    finish(build, writer: writer, key: key, run: &run)
    return ChangeList.written(run.finish(), options)
  }

  /// Everything a build writes with, once the content is loaded and resolved.
  private struct Workspace {
    let model: SiteModel
    let theme: Theme
    let area: StagingArea
    let store: BodyStore
  }

  /// Loads and resolves the content and the theme, and makes the staging folder with its
  /// scratch file; nil (with the reasons reported) when a build can't go on.
  private static func prepare(writer: OutputWriter, run: inout Run) -> Workspace? {
    let output = Paths.lastComponent(of: run.options.absoluteOutput)
    guard let model = run.loadAndResolve(),
      let theme = Theme.load(
        sourceDirectory: run.options.absoluteSource, config: model.config,
        diagnostics: run.diagnostics)
    else { return nil }
    guard let area = writer.stage() else {
      run.diagnostics.error(
        output,
        "cannot create a staging folder inside the output folder: check its permissions"
      )
      return nil
    }
    Interruption.shared.guardBuild(area, writer: writer)
    guard let store = BodyStore(folder: area.path) else {
      writer.discard(area)
      run.diagnostics.error(
        output, "cannot create a scratch file in the staging folder: check the free disk space")
      return nil
    }
    return Workspace(model: model, theme: theme, area: area, store: store)
  }

  /// Moves the changed files in when nothing went wrong, else throws them away; fills the
  /// report.
  private static func finish(
    _ build: Workspace, writer: OutputWriter, key: BuildKey, run: inout Run
  ) {
    let output = Paths.lastComponent(of: run.options.absoluteOutput)
    defer { Interruption.shared.release(build.area) }
    if build.store.hasFailed {
      run.diagnostics.error(
        output,
        "cannot keep the pages' text in a scratch file beside the output: check the free disk space"
      )
    }
    guard !run.diagnostics.hasErrors else { return writer.discard(build.area) }
    run.report.pageCount = build.model.pages.count
    run.report.leftOut = build.model.leftOut
    let record = manifest(of: run.report, key: key, warnings: run.diagnostics.sorted)
    let (changes, problem) = run.timed("write") {
      Interruption.shared.uninterrupted { writer.commit(build.area, report: record) }
    }
    if let problem { return run.diagnostics.error(output, problem) }
    for path in changes?.replacedForeign ?? [] {
      run.diagnostics.warning(
        output + "/" + path,
        "this file was not made by pednet-build and was replaced by the built file of the same name: keep your own files outside the output folder"
      )
    }
    run.report.changes = changes
    run.report.fileCount = build.area.fileCount
    run.report.outputDirectory = run.options.absoluteOutput
  }

  /// Steps 3 and 4 together: every page and list, each file written into the staging area as
  /// soon as it is rendered, with the search index written alongside (its time is reported
  /// last, as "search").
  private static func render(_ build: Workspace, phase: MarkdownPhase, run: inout Run) {
    let (model, area) = (build.model, build.area)
    let searchStep = phase.search.map { search in
      BackgroundStep { SearchFeeder.write(model, builder: search, into: area) }
    }
    defer {
      if let searchStep { run.report.timings.append(("search", searchStep.wait())) }
    }
    var renderer = Renderer(
      model: model, theme: build.theme, today: run.options.todayKey, diagnostics: run.diagnostics)
    renderer.cache = phase.cache
    let builder = run.timed("contexts") { renderer.builder }
    let intros = phase.renderIntros()
    let html: @Sendable (Int) -> [UInt8] = { phase.html(of: $0) }
    run.timed("pages") { renderer.writePages(html: html, builder: builder, into: area) }
    run.timed("lists") {
      renderer.writeLists(html: html, intros: intros, builder: builder, into: area)
    }
    run.timed("copy") { area.write(renderer.copyFiles()) }
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
    if let baseURL = options.baseURL {
      if let problem = SiteConfig.baseURLProblem(baseURL) {
        diagnostics.error("--base-url", problem)
      } else {
        config.baseURL = SiteConfig.withTrailingSlash(baseURL)
      }
    }
    let diagnostics = self.diagnostics
    let content = timed("load") {
      ContentLoader(
        sourceDirectory: source, diagnostics: diagnostics, maxFileBytes: config.maxFileMB << 20
      ).load()
    }
    let resolver = Resolver(
      config: config, diagnostics: diagnostics, includeDrafts: options.includeDrafts,
      contentRoot: options.layout.content, today: options.todayKey)
    return timed("resolve") { resolver.resolve(content) }
  }

  /// Warns about what the published site lacks without `base_url`, unless something failed
  /// (a site that does not build is not about to be published).
  func checkPublishing(_ config: SiteConfig) {
    guard !diagnostics.hasErrors else { return }
    PublishingCheck(config: config, baseURLFromCommandLine: options.baseURL != nil)
      .run(into: diagnostics)
  }

  /// The report with the diagnostics sorted.
  func finish() -> BuildReport {
    var final = report
    final.diagnostics = diagnostics.sorted
    return final
  }
}
