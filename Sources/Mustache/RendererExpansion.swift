import Text

/// Partials, parents, blocks and lambdas: the steps that render other steps in their place.
extension Renderer {
  /// Renders a partial or parent step: the template it names, in the step's place, indented
  /// by the tag's own indentation (when it stands alone) within `indented`; a parent step
  /// also gives the blocks in its body.
  mutating func renderIncluded(
    _ step: Instruction, of program: Program, indented: Range<Int>, into out: inout ByteBuffer
  ) throws(TemplateError) {
    let own: [UInt8]?
    let givesBlocks: Bool
    switch program.nodes[step.node] {
    case .partial(let partial): (own, givesBlocks) = (partial.indentation, false)
    case .parent(let parent): (own, givesBlocks) = (parent.indentation, true)
    default: return
    }
    guard let target = template(of: step, in: program) else { return }
    let mark = indentation.count
    let inner = own.map { indent(indented, by: $0) } ?? 0..<0
    try enter(step, of: program)
    if givesBlocks { overrides.append((program, program.givenBlocks[step.node])) }
    try render(target, steps: 0..<target.steps.count, indented: inner, into: &out)
    if givesBlocks { overrides.removeLast() }
    indentation.removeSubrange(mark...)
    depth -= 1
  }

  /// Renders a block step at `index`: the body the outermost parent gives, else its own.
  mutating func renderBlock(
    _ step: Instruction, at index: Int, of program: Program, indented: Range<Int>,
    into out: inout ByteBuffer
  ) throws(TemplateError) {
    guard case .block(let block) = program.nodes[step.node] else { return }
    var source = program
    var body = index + 1..<step.end
    search: for scope in overrides {
      for given in scope.bodies where given.block == step.operand {
        source = scope.program
        body = given.body
        break search
      }
    }
    let mark = indentation.count
    var inner = indented
    if let own = block.indentation {
      inner = indent(indented, by: own)
      if Self.beginsWithoutLineStart(body, of: source) {
        indentation.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[inner])) }
      }
    }
    try enter(step, of: program)
    try render(source, steps: body, indented: inner, into: &out)
    indentation.removeSubrange(mark...)
    depth -= 1
  }

  /// Adds the indentation `indented` followed by `own` at the end of `indentation`; returns
  /// where it is. The caller removes it when done, so ranges in use are never overwritten.
  private mutating func indent(_ indented: Range<Int>, by own: [UInt8]) -> Range<Int> {
    let start = indentation.count
    for offset in indented { indentation.append(indentation[offset]) }
    indentation.append(contentsOf: own)
    return start..<indentation.count
  }

  /// Whether a block body given inline (`{{$b}}text…`) starts with output that a standalone
  /// site must indent itself: not empty, not an empty line, not already marked.
  private static func beginsWithoutLineStart(_ body: Range<Int>, of program: Program) -> Bool {
    guard !body.isEmpty else { return false }
    let first = program.steps[body.lowerBound]
    switch first.operation {
    case .lineStart: return false
    case .text:
      let bytes = program.text[first.operand..<first.end]
      return
        !(bytes.first == UInt8(ascii: "\n")
        || (bytes.first == UInt8(ascii: "\r") && bytes.count > 1
          && bytes[bytes.startIndex + 1] == UInt8(ascii: "\n")))
    default: return true
    }
  }

  /// The program of the template a partial or parent step names, if it exists.
  private mutating func template(of step: Instruction, in program: Program) -> Program? {
    switch step.operation {
    case .partial, .parent:
      return library.templates[step.operand].program
    case .dynamicPartial, .dynamicParent:
      guard let found = lookup(step.operand, in: program)?.text,
        let index = library.indexByName[found]
      else { return nil }
      return library.templates[index].program
    default:
      return nil
    }
  }

  /// Renders `{{name}}` whose value is a lambda: its result is a template, rendered, then
  /// escaped if the tag escapes.
  mutating func renderLambdaValue(
    _ lambda: TemplateLambda, tag: ValueNode, into out: inout ByteBuffer
  ) throws(TemplateError) {
    let result = try compileLambdaResult(
      lambda(""), delimiters: .standard, name: tag.name, at: tag.position)
    var rendered = ByteBuffer(capacity: 64)
    depth += 1
    if depth > Self.maximumDepth { throw Self.tooDeep(at: tag.position) }
    try render(result, steps: 0..<result.steps.count, indented: 0..<0, into: &rendered)
    depth -= 1
    var bytes: [UInt8] = []
    rendered.append(to: &bytes)
    bytes.withUnsafeBufferPointer { bytes in
      if tag.escaped { ValueWriter.writeEscaped(bytes, into: &out) } else { out.append(bytes) }
    }
  }

  /// Compiles what a lambda returned; partials it names that are unknown render nothing.
  mutating func compileLambdaResult(
    _ text: String, delimiters: Delimiters, name: Name, at position: SourcePosition
  ) throws(TemplateError) -> Program {
    do {
      return ProgramBuilder.program(
        try Compiler.compile(
          text, file: "lambda '\(name.text)'", delimiters: delimiters,
          resolve: Compiler.resolver(names: library.indexByName, strict: false)),
        table: &table, memoized: false)
    } catch {
      throw position.error(
        "the text returned by lambda '\(name.text)' is not a valid template: "
          + "line \(error.line), column \(error.column): \(error.message)")
    }
  }
}
