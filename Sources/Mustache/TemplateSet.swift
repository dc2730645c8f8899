import Text

/// The compiled templates of a set, by index and by name.
struct TemplateLibrary: Sendable {
  /// Templates in name order.
  let templates: [CompiledTemplate]
  /// Index of each template by name.
  let indexByName: [String: Int]
  /// The memo slots and block ids of the templates' programs.
  let table: NameTable
}

/// A set of templates that refer to each other (partials, parents), compiled once and then
/// rendered any number of times, from any number of threads at once.
public final class TemplateSet: Sendable {
  let library: TemplateLibrary

  /// Compiles every template up front; throws the first error (in template-name order).
  ///
  /// - Parameters:
  ///   - sources: template name → source text and the file name used in errors. Names may
  ///     contain `/` (`partials/header`); partial and parent tags name templates exactly.
  ///   - strictPartials: whether a partial or parent tag naming a template that is not in the
  ///     set is an error (otherwise it renders nothing, as the spec says). Dynamic names
  ///     (`{{>*name}}`) are never checked.
  public init(sources: [String: (text: String, file: String)], strictPartials: Bool = true) throws {
    let names = sources.keys.sorted()
    var indexByName: [String: Int] = [:]
    for (index, name) in names.enumerated() { indexByName[name] = index }
    let resolve = Compiler.resolver(names: indexByName, strict: strictPartials)
    var templates: [CompiledTemplate] = []
    var table = NameTable()
    templates.reserveCapacity(names.count)
    for name in names {
      guard let source = sources[name] else { continue }
      let nodes = try Compiler.compile(source.text, file: source.file, resolve: resolve)
      let hint = Compiler.textSize(nodes) + source.text.utf8.count / 2 + 256
      let template = CompiledTemplate(
        name: name, file: source.file, nodes: nodes, sizeHint: hint, table: &table)
      templates.append(template)
    }
    library = TemplateLibrary(templates: templates, indexByName: indexByName, table: table)
  }

  /// Compiles templates given as name → text; the file name in errors is the template name.
  public convenience init(templates: [String: String], strictPartials: Bool = false) throws {
    var sources: [String: (text: String, file: String)] = [:]
    for (name, text) in templates { sources[name] = (text: text, file: name) }
    try self.init(sources: sources, strictPartials: strictPartials)
  }

  /// Every error in `sources`: the first one of each template, sorted by file, line, column.
  public static func errors(
    in sources: [String: (text: String, file: String)], strictPartials: Bool = true
  ) -> [TemplateError] {
    var indexByName: [String: Int] = [:]
    for (index, name) in sources.keys.sorted().enumerated() { indexByName[name] = index }
    let resolve = Compiler.resolver(names: indexByName, strict: strictPartials)
    var errors: [TemplateError] = []
    for source in sources.values {
      do {
        _ = try Compiler.compile(source.text, file: source.file, resolve: resolve)
      } catch {
        errors.append(error)
      }
    }
    return errors.sorted {
      ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
    }
  }

  /// Renders the template `name` against `context`.
  /// - Throws: `TemplateError` for an unknown template name, or when templates include each
  ///   other more than 100 levels deep, or when a lambda returns an invalid template.
  public func render(_ name: String, context: TemplateValue) throws -> String {
    let writer = try write(name, context: context, capacity: 0)
    return writer.string
  }

  /// Renders the template `name` against `context`, appending UTF-8 bytes to `buffer`.
  ///
  /// Into an empty buffer the bytes are written straight into the memory of a new array that
  /// then replaces it, unless they outgrow it: then they are copied, as into a buffer that is
  /// not empty.
  public func renderBytes(_ name: String, context: TemplateValue, into buffer: inout [UInt8]) throws
  {
    guard let index = library.indexByName[name] else { throw unknown(name) }
    let capacity = max(buffer.capacity - buffer.count, library.templates[index].sizeHint)
    guard buffer.isEmpty else {
      var writer = ByteBuffer(capacity: capacity)
      try write(index, context: context, into: &writer)
      return writer.append(to: &buffer)
    }
    var failure: TemplateError?
    var outgrown: [UInt8] = []
    // The writer lives only inside the closure, while the array's memory is lent to it.
    let rendered = [UInt8](unsafeUninitializedCapacity: capacity) { memory, initialized in
      var writer = ByteBuffer(lent: memory)
      initialized = 0
      do throws(TemplateError) {
        try write(index, context: context, into: &writer)
      } catch {
        failure = error
        return
      }
      if writer.ownsMemory {
        writer.append(to: &outgrown)
      } else {
        initialized = writer.count
      }
    }
    if let failure { throw failure }
    buffer = rendered.isEmpty ? outgrown : rendered
  }

  /// Renders the template with index `index` against `context` into `writer`.
  private func write(_ index: Int, context: TemplateValue, into writer: inout ByteBuffer)
    throws(TemplateError)
  {
    let program = library.templates[index].program
    var renderer = Renderer(library: library, context: context)
    try renderer.render(program, steps: 0..<program.steps.count, indented: 0..<0, into: &writer)
  }

  /// Renders the template `name` against `context` into a writer with room for at least
  /// `capacity` bytes.
  private func write(_ name: String, context: TemplateValue, capacity: Int) throws(TemplateError)
    -> ByteBuffer
  {
    guard let index = library.indexByName[name] else { throw unknown(name) }
    var writer = ByteBuffer(capacity: max(capacity, library.templates[index].sizeHint))
    try write(index, context: context, into: &writer)
    return writer
  }

  /// Whether the set has a template named `name`.
  public func contains(_ name: String) -> Bool {
    library.indexByName[name] != nil
  }

  /// The names of the templates, sorted.
  public var names: [String] {
    library.templates.map(\.name)
  }

  /// The dotted names (`page.title`, `items`) the template `name` uses in interpolations,
  /// sections and dynamic partial names, and those of the partials and parents it includes,
  /// transitively. Names inside a section are as written (relative to the section's value);
  /// the implicit iterator `.` is left out. Empty for an unknown template.
  public func variableNames(in name: String) -> Set<String> {
    guard let index = library.indexByName[name] else { return [] }
    return VariableCollector.names(from: index, in: library)
  }

  /// Every use of a name in the template `name` itself (not its partials), with its place
  /// and the names of the sections around it, in source order (the blocks given inside a parent
  /// tag in name order). Empty for an unknown template.
  public func variableUses(in name: String) -> [TemplateVariableUse] {
    guard let index = library.indexByName[name] else { return [] }
    var uses: [TemplateVariableUse] = []
    VariableCollector.uses(in: library.templates[index].nodes, sections: [], into: &uses)
    return uses
  }

  /// The error for an unknown template name.
  private func unknown(_ name: String) -> TemplateError {
    TemplateError(file: name, line: 0, column: 0, message: "unknown template '\(name)'")
  }
}
