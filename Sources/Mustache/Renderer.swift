/// Renders a compiled tree: walks the nodes with a context stack and writes bytes.
struct Renderer {
  /// The most sections, partials, parents, blocks and lambdas that may be rendered inside each
  /// other (so that a partial including itself without end fails instead of overflowing the
  /// stack).
  static let maximumDepth = 500

  /// The templates partials and parents come from.
  let library: TemplateLibrary
  /// The context stack; the last element is the top.
  var stack: [TemplateValue]
  /// Block bodies given by parent tags being rendered, outermost first (it wins).
  var overrides: [[String: [Node]]] = []
  /// How many expansions are open.
  var depth = 0

  /// A renderer whose stack holds `context`.
  init(library: TemplateLibrary, context: TemplateValue) {
    self.library = library
    stack = [context]
    stack.reserveCapacity(16)
  }

  /// Renders `nodes`, writing `indentation` at each line start.
  mutating func render(_ nodes: [Node], indentation: [UInt8], into out: inout [UInt8])
    throws(TemplateError)
  {
    for node in nodes {
      switch node {
      case .text(let bytes):
        out.append(contentsOf: bytes)
      case .lineStart:
        if !indentation.isEmpty { out.append(contentsOf: indentation) }
      case .value(let tag):
        guard let value = lookup(tag.name) else { continue }
        if case .lambda(let lambda) = value {
          try renderLambdaValue(lambda, tag: tag, into: &out)
        } else {
          ValueWriter.write(value, escaped: tag.escaped, into: &out)
        }
      case .section(let section):
        try renderSection(section, indentation: indentation, into: &out)
      case .partial(let partial):
        guard let index = templateIndex(partial.target) else { continue }
        let inner = partial.indentation.map { indentation + $0 } ?? []
        try enter(at: partial.position)
        try render(library.templates[index].nodes, indentation: inner, into: &out)
        depth -= 1
      case .parent(let parent):
        guard let index = templateIndex(parent.target) else { continue }
        let inner = parent.indentation.map { indentation + $0 } ?? []
        try enter(at: parent.position)
        overrides.append(parent.blocks)
        try render(library.templates[index].nodes, indentation: inner, into: &out)
        overrides.removeLast()
        depth -= 1
      case .block(let block):
        var body = block.body
        for scope in overrides {
          if let given = scope[block.name] {
            body = given
            break
          }
        }
        var inner = indentation
        if let own = block.indentation {
          inner += own
          if Self.beginsWithoutLineStart(body) { out.append(contentsOf: inner) }
        }
        try enter(at: block.position)
        try render(body, indentation: inner, into: &out)
        depth -= 1
      }
    }
  }

  /// Whether a block body given inline (`{{$b}}text…`) starts with output that a standalone
  /// site must indent itself: not empty, not an empty line, not already marked.
  private static func beginsWithoutLineStart(_ body: [Node]) -> Bool {
    guard let first = body.first else { return false }
    switch first {
    case .lineStart: return false
    case .text(let bytes):
      return
        !(bytes.first == UInt8(ascii: "\n")
        || (bytes.first == UInt8(ascii: "\r") && bytes.count > 1 && bytes[1] == UInt8(ascii: "\n")))
    default: return true
    }
  }

  /// Renders a section or inverted section.
  private mutating func renderSection(
    _ section: SectionNode, indentation: [UInt8], into out: inout [UInt8]
  ) throws(TemplateError) {
    let value = lookup(section.name) ?? .null
    if section.inverted {
      guard !value.isTruthy else { return }
      try enter(at: section.position)
      try render(section.body, indentation: indentation, into: &out)
      depth -= 1
      return
    }
    switch value {
    case .array(let items):
      try enter(at: section.position)
      for item in items {
        stack.append(item)
        try render(section.body, indentation: indentation, into: &out)
        stack.removeLast()
      }
      depth -= 1
    case .lambda(let lambda):
      let text = lambda(section.sourceText)
      let nodes = try compileLambdaResult(
        text, delimiters: section.delimiters, name: section.name, at: section.position)
      try enter(at: section.position)
      try render(nodes, indentation: indentation, into: &out)
      depth -= 1
    default:
      guard value.isTruthy else { return }
      try enter(at: section.position)
      stack.append(value)
      try render(section.body, indentation: indentation, into: &out)
      stack.removeLast()
      depth -= 1
    }
  }

  /// Renders `{{name}}` whose value is a lambda: its result is a template, rendered, then
  /// escaped if the tag escapes.
  private mutating func renderLambdaValue(
    _ lambda: TemplateLambda, tag: ValueNode, into out: inout [UInt8]
  ) throws(TemplateError) {
    let nodes = try compileLambdaResult(
      lambda(""), delimiters: .standard, name: tag.name, at: tag.position)
    var rendered: [UInt8] = []
    try enter(at: tag.position)
    try render(nodes, indentation: [], into: &rendered)
    depth -= 1
    if tag.escaped {
      rendered.withUnsafeBufferPointer { ValueWriter.appendEscaped($0, into: &out) }
    } else {
      out.append(contentsOf: rendered)
    }
  }

  /// Compiles what a lambda returned; partials it names that are unknown render nothing.
  private func compileLambdaResult(
    _ text: String, delimiters: Delimiters, name: Name, at position: SourcePosition
  ) throws(TemplateError) -> [Node] {
    do {
      return try Compiler.compile(
        text, file: "lambda '\(name.text)'", delimiters: delimiters,
        resolve: Compiler.resolver(names: library.indexByName, strict: false))
    } catch {
      throw position.error(
        "the text returned by lambda '\(name.text)' is not a valid template: "
          + "line \(error.line), column \(error.column): \(error.message)")
    }
  }

  /// Counts one more nested expansion; fails past the limit.
  private mutating func enter(at position: SourcePosition) throws(TemplateError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw position.error(
        "templates nested more than \(Self.maximumDepth) levels deep (sections, partials, "
          + "parents, blocks): does a partial or parent include itself without end?")
    }
  }

  /// The template a partial or parent tag names, if it exists.
  private func templateIndex(_ target: TemplateReference) -> Int? {
    switch target {
    case .known(let index): return index
    case .missing: return nil
    case .dynamic(let name):
      guard case .string(let found)? = lookup(name) else { return nil }
      return library.indexByName[found]
    }
  }

  /// Resolves a name per the spec: the first part up the stack, the rest inside it (a part
  /// that is a decimal number also indexes a list: `items.0`).
  func lookup(_ name: Name) -> TemplateValue? {
    let parts = name.parts
    guard let first = parts.first else { return stack.last }
    var index = stack.count - 1
    while index >= 0 {
      if case .dictionary(let map) = stack[index], let value = map[first] {
        return parts.count == 1 ? value : descend(value, name)
      }
      index -= 1
    }
    return nil
  }

  /// The value of the parts after the first of `name`, inside `value`.
  private func descend(_ start: TemplateValue, _ name: Name) -> TemplateValue? {
    var value = start
    var part = 1
    while part < name.parts.count {
      switch value {
      case .dictionary(let map):
        guard let next = map[name.parts[part]] else { return nil }
        value = next
      case .array(let items):
        guard let index = name.indexes[part], index < items.count else { return nil }
        value = items[index]
      default:
        return nil
      }
      part += 1
    }
    return value
  }
}
