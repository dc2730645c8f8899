import Text

/// Renders programs: walks their steps with a context stack and writes bytes.
struct Renderer: ~Copyable {
  /// The most sections, partials, parents, blocks and lambdas that may be rendered inside each
  /// other (so that a partial including itself without end fails instead of overflowing the
  /// stack).
  static let maximumDepth = 500

  /// The templates partials and parents come from.
  let library: TemplateLibrary
  /// The context stack.
  var stack: ContextStack
  /// Block bodies given by parent tags being rendered, outermost first (it wins), with the
  /// programs they are in.
  var overrides: [(program: Program, bodies: [Program.GivenBlock])] = []
  /// The indentations in use by the partials and blocks being rendered, each a range of it,
  /// innermost last.
  var indentation: [UInt8] = []
  /// What recent lookups found.
  var memo: LookupMemo
  /// The set's block ids, and those of blocks first named by a lambda's result.
  var table: NameTable
  /// How many expansions are open.
  var depth = 0

  /// A renderer whose stack holds `context`.
  init(library: TemplateLibrary, context: TemplateValue) {
    self.library = library
    stack = ContextStack(bottom: context)
    memo = LookupMemo(count: library.table.slotCount)
    table = library.table
  }

  /// Renders the steps `range` of `program`, writing the bytes `indented` of `indentation` at
  /// each line start.
  mutating func render(
    _ program: Program, steps range: Range<Int>, indented: Range<Int>, into out: inout ByteBuffer
  ) throws(TemplateError) {
    var index = range.lowerBound
    while index < range.upperBound {
      let step = program.steps[index]
      switch step.operation {
      case .text:
        out.append(program.text.baseAddress! + step.operand, count: step.end - step.operand)
        index += 1
        continue
      case .lineStart:
        if !indented.isEmpty {
          indentation.withUnsafeBufferPointer {
            out.append(UnsafeBufferPointer(rebasing: $0[indented]))
          }
        }
      case .value:
        try writeValue(step, of: program, into: &out)
      case .section:
        try renderSection(step, at: index, of: program, indented: indented, into: &out)
      case .partial, .dynamicPartial, .parent, .dynamicParent:
        try renderIncluded(step, of: program, indented: indented, into: &out)
      case .block:
        try renderBlock(step, at: index, of: program, indented: indented, into: &out)
      case .missing:
        break
      }
      index = step.end
    }
  }

  /// Writes the value of a `{{name}}` step.
  private mutating func writeValue(
    _ step: Instruction, of program: Program, into out: inout ByteBuffer
  ) throws(TemplateError) {
    guard let value = lookup(step.operand, in: program) else { return }
    if case .lambda(let lambda) = value {
      guard case .value(let tag) = program.nodes[step.node] else { return }
      try renderLambdaValue(lambda, tag: tag, into: &out)
    } else {
      ValueWriter.write(value, escaped: step.flag, into: &out)
    }
  }

  /// Renders a section or inverted section step at `index`.
  private mutating func renderSection(
    _ step: Instruction, at index: Int, of program: Program, indented: Range<Int>,
    into out: inout ByteBuffer
  ) throws(TemplateError) {
    let body = index + 1..<step.end
    let value = lookup(step.operand, in: program) ?? .null
    if step.flag {
      guard !value.isTruthy else { return }
      try enter(step, of: program)
      try render(program, steps: body, indented: indented, into: &out)
      depth -= 1
      return
    }
    switch value {
    case .array(let items):
      try enter(step, of: program)
      for item in items {
        stack.push(item)
        try render(program, steps: body, indented: indented, into: &out)
        stack.pop()
      }
      depth -= 1
    case .lambda(let lambda):
      guard case .section(let section) = program.nodes[step.node] else { return }
      let text = lambda(section.sourceText)
      let result = try compileLambdaResult(
        text, delimiters: section.delimiters, name: section.name, at: section.position)
      try enter(step, of: program)
      try render(result, steps: 0..<result.steps.count, indented: indented, into: &out)
      depth -= 1
    default:
      guard value.isTruthy else { return }
      try enter(step, of: program)
      stack.push(value)
      try render(program, steps: body, indented: indented, into: &out)
      stack.pop()
      depth -= 1
    }
  }

  /// Counts one more nested expansion, for the step `step`; fails past the limit.
  mutating func enter(_ step: Instruction, of program: Program) throws(TemplateError) {
    depth += 1
    if depth > Self.maximumDepth { throw Self.tooDeep(at: program.nodes[step.node].position) }
  }

  /// The error for expansions nested past the limit.
  static func tooDeep(at position: SourcePosition) -> TemplateError {
    position.error(
      "templates nested more than \(maximumDepth) levels deep (sections, partials, "
        + "parents, blocks): does a partial or parent include itself without end?")
  }
}
