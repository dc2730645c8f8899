import Text

/// A compiled template lowered for rendering: a flat list of steps over tables that live as
/// long as the program. Rendering reads the tables through pointers, so walking a program
/// retains and releases nothing.
final class Program: @unchecked Sendable {
  /// A name of the name table: its parts are `parts[first..<first + count]`; a count of 0 is
  /// the implicit iterator `.`.
  struct NameRecord: Sendable {
    /// Where the name's parts start in the part table.
    let first: Int
    /// How many parts the name has.
    let count: Int
    /// The name's memo slot in its template set, or -1 (see `NameTable`).
    let slot: Int
    /// The memo slot of the name's first part (the name's own for a name of one part), or -1.
    let headSlot: Int
  }

  /// The body a parent tag gives for one block.
  struct GivenBlock: Sendable {
    /// The block's id in the template set (see `NameTable`).
    let block: Int
    /// Where the body's steps are in `steps`.
    let body: Range<Int>
  }

  /// The steps, in source order, bodies right after the steps that own them.
  let steps: UnsafeBufferPointer<Instruction>
  /// The literal bytes of every text step.
  let text: UnsafeBufferPointer<UInt8>
  /// The names that values, sections and dynamic partials look up.
  let names: UnsafeBufferPointer<NameRecord>
  /// The dot-separated parts of the names.
  let parts: UnsafeBufferPointer<String>
  /// For each part, its value as a list index (`items.0`), or -1 when it is not a number.
  let partIndexes: UnsafeBufferPointer<Int>
  /// The source node of each step that has one, for lambdas, messages and indentation.
  let nodes: [Node]
  /// For each source node of a parent tag, the bodies of the blocks it gives; empty for other
  /// nodes.
  let givenBlocks: [[GivenBlock]]

  /// A program owning copies of the given tables.
  init(
    steps: [Instruction], text: [UInt8], names: [NameRecord], parts: [String],
    partIndexes: [Int], nodes: [Node], givenBlocks: [[GivenBlock]]
  ) {
    self.steps = Self.permanentCopy(of: steps)
    self.text = Self.permanentCopy(of: text)
    self.names = Self.permanentCopy(of: names)
    self.parts = Self.permanentCopy(of: parts)
    self.partIndexes = Self.permanentCopy(of: partIndexes)
    self.nodes = nodes
    self.givenBlocks = givenBlocks
  }

  deinit {
    for table in [
      UnsafeMutableRawPointer(mutating: steps.baseAddress),
      UnsafeMutableRawPointer(mutating: text.baseAddress),
      UnsafeMutableRawPointer(mutating: names.baseAddress),
      UnsafeMutableRawPointer(mutating: partIndexes.baseAddress),
    ] {
      table?.deallocate()
    }
    let mutableParts = UnsafeMutableBufferPointer(mutating: parts)
    mutableParts.deinitialize().deallocate()
  }

  /// A buffer holding a copy of `elements`, to be freed by `deinit`.
  private static func permanentCopy<Element>(of elements: [Element]) -> UnsafeBufferPointer<
    Element
  > {
    let buffer = RawMemory.allocateBuffer(Element.self, count: elements.count)
    _ = buffer.initialize(from: elements)
    return UnsafeBufferPointer(buffer)
  }
}
