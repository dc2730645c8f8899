/// Lowers a node tree into a `Program`: one step per node, in source order, each body right
/// after the step that owns it.
struct ProgramBuilder {
  private var steps: [Instruction] = []
  private var text: [UInt8] = []
  private var names: [Program.NameRecord] = []
  private var parts: [String] = []
  private var partIndexes: [Int] = []
  private var nodes: [Node] = []
  private var givenBlocks: [[Program.GivenBlock]] = []
  /// Where each name already in the name table is, so that repeated names share an entry.
  private var nameIndexes: [String: Int] = [:]
  /// The memo slots and block ids of the template set.
  private var table: NameTable
  /// Whether names get memo slots (not for a lambda's result, compiled while rendering).
  private let memoized: Bool

  private init(table: NameTable, memoized: Bool) {
    self.table = table
    self.memoized = memoized
  }

  /// The program of `nodes`, its names and block names numbered in `table`; its names get no
  /// memo slots unless `memoized`.
  static func program(_ nodes: [Node], table: inout NameTable, memoized: Bool) -> Program {
    var builder = ProgramBuilder(table: table, memoized: memoized)
    builder.lower(nodes)
    table = builder.table
    return Program(
      steps: builder.steps, text: builder.text, names: builder.names, parts: builder.parts,
      partIndexes: builder.partIndexes, nodes: builder.nodes, givenBlocks: builder.givenBlocks)
  }

  /// The program of `nodes` alone, with no memo slots.
  static func program(_ nodes: [Node]) -> Program {
    var table = NameTable()
    return program(nodes, table: &table, memoized: false)
  }

  /// Appends the steps of `nodes`.
  private mutating func lower(_ nodes: [Node]) {
    for node in nodes { lower(node) }
  }

  /// Appends the steps of one node (and of its bodies).
  private mutating func lower(_ node: Node) {
    switch node {
    case .text(let bytes):
      let start = text.count
      text.append(contentsOf: bytes)
      steps.append(
        Instruction(operation: .text, flag: false, operand: start, end: text.count, node: -1))
    case .lineStart:
      append(.lineStart, node: node)
    case .value(let tag):
      append(.value, flag: tag.escaped, operand: nameIndex(tag.name), node: node)
    case .section(let section):
      let name = nameIndex(section.name)
      let at = append(.section, flag: section.inverted, operand: name, node: node)
      lower(section.body)
      close(at)
    case .partial(let partial):
      appendReference(partial.target, known: .partial, dynamic: .dynamicPartial, node: node)
    case .parent(let parent):
      let at = appendReference(parent.target, known: .parent, dynamic: .dynamicParent, node: node)
      var bodies: [Program.GivenBlock] = []
      for (name, body) in parent.blocks {
        let start = steps.count
        lower(body)
        bodies.append(Program.GivenBlock(block: table.block(name), body: start..<steps.count))
      }
      givenBlocks[steps[at].node] = bodies
      close(at)
    case .block(let block):
      let at = append(.block, operand: table.block(block.name), node: node)
      lower(block.body)
      close(at)
    }
  }

  /// Appends a step for a partial or parent tag naming `target`; returns its index.
  @discardableResult
  private mutating func appendReference(
    _ target: TemplateReference, known: Instruction.Operation, dynamic: Instruction.Operation,
    node: Node
  ) -> Int {
    switch target {
    case .known(let index): return append(known, operand: index, node: node)
    case .dynamic(let name): return append(dynamic, operand: nameIndex(name), node: node)
    case .missing: return append(.missing, node: node)
    }
  }

  /// Appends a step with a source node; returns its index.
  @discardableResult
  private mutating func append(
    _ operation: Instruction.Operation, flag: Bool = false, operand: Int = 0, node: Node
  ) -> Int {
    nodes.append(node)
    givenBlocks.append([])
    steps.append(
      Instruction(
        operation: operation, flag: flag, operand: operand, end: steps.count + 1,
        node: nodes.count - 1))
    return steps.count - 1
  }

  /// Makes step `at` end after the steps appended since it.
  private mutating func close(_ at: Int) {
    let step = steps[at]
    steps[at] = Instruction(
      operation: step.operation, flag: step.flag, operand: step.operand, end: steps.count,
      node: step.node)
  }

  /// The index of `name` in the name table, adding it if needed.
  private mutating func nameIndex(_ name: Name) -> Int {
    if let index = nameIndexes[name.text] { return index }
    let slots =
      memoized && !name.parts.isEmpty
      ? (table.slot(of: name.text), table.slot(of: name.parts[0])) : (-1, -1)
    names.append(
      Program.NameRecord(
        first: parts.count, count: name.parts.count, slot: slots.0, headSlot: slots.1))
    parts.append(contentsOf: name.parts)
    partIndexes.append(contentsOf: name.indexes.map { $0 ?? -1 })
    nameIndexes[name.text] = names.count - 1
    return names.count - 1
  }
}
