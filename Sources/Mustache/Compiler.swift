/// A template of a set, compiled.
struct CompiledTemplate: Sendable {
  /// The name partials and `render` use.
  let name: String
  /// The file name for messages.
  let file: String
  /// The tree.
  let nodes: [Node]
  /// A guess at the rendered size, for reserving the output buffer.
  let sizeHint: Int
  /// The tree lowered for rendering.
  let program: Program

  /// A compiled template; lowers `nodes` into its program, numbering its names and blocks in
  /// `table`, the table of its set.
  init(name: String, file: String, nodes: [Node], sizeHint: Int, table: inout NameTable) {
    self.name = name
    self.file = file
    self.nodes = nodes
    self.sizeHint = sizeHint
    program = ProgramBuilder.program(nodes, table: &table, memoized: true)
  }
}

/// Compiles template source into a node tree.
enum Compiler {
  /// Compiles `text`: reads tokens, removes standalone lines, builds the tree.
  static func compile(
    _ text: String, file: String, delimiters: Delimiters = .standard,
    resolve: @escaping TreeBuilder.Resolver
  ) throws(TemplateError) -> [Node] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let map = SourceMap(file: file, bytes: bytes)
    var lexer = Lexer(map: map, delimiters: delimiters)
    do {
      return try build(map: map, tokens: try lexer.tokens(), complete: true, resolve: resolve)
    } catch let lexerError {
      // A tag error stops the lexer; an error in the structure before it comes first.
      _ = try build(map: map, tokens: lexer.read, complete: false, resolve: resolve)
      throw lexerError
    }
  }

  /// Builds the tree of `tokens`; an incomplete list may leave sections open.
  private static func build(
    map: SourceMap, tokens: [Token], complete: Bool, resolve: @escaping TreeBuilder.Resolver
  ) throws(TemplateError) -> [Node] {
    var standalone = Standalone(bytes: map.bytes, tokens: tokens)
    standalone.apply()
    var builder = TreeBuilder(map: map, tokens: standalone.tokens, resolve: resolve)
    return try builder.build(requiringClosedSections: complete)
  }

  /// A resolver over the template names of a set: unknown names are errors when `strict`.
  static func resolver(names: [String: Int], strict: Bool) -> TreeBuilder.Resolver {
    return { (name: String, isParent: Bool, position: SourcePosition) throws(TemplateError) in
      if name.hasPrefix("*") { return .dynamic(Name(String(name.dropFirst()))) }
      if let index = names[name] { return .known(index) }
      if strict {
        let what = isParent ? "parent template" : "partial"
        throw position.error("unknown \(what) '\(name)'")
      }
      return .missing(name)
    }
  }

  /// The number of literal bytes in a tree (partials not followed).
  static func textSize(_ nodes: [Node]) -> Int {
    var size = 0
    for node in nodes {
      switch node {
      case .text(let bytes): size += bytes.count
      case .section(let section): size += textSize(section.body)
      case .block(let block): size += textSize(block.body)
      case .parent(let parent): size += parent.blocks.values.reduce(0) { $0 + textSize($1) }
      case .lineStart, .value, .partial: break
      }
    }
    return size
  }
}
