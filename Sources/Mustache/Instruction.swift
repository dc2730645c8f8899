/// One step of a `Program`. It is plain data, so walking a program costs no reference counting.
///
/// A step with a body (a section, a parent tag, a block) is followed by the steps of its body;
/// `end` is the index just past them, where rendering goes on.
struct Instruction: Sendable {
  /// What a step does.
  enum Operation: UInt8, Sendable {
    /// Writes the bytes of the text table from `operand` to `end`.
    case text
    /// Writes the indentation of the partials and blocks being rendered.
    case lineStart
    /// Writes the value of name `operand`; `flag` says whether to escape it.
    case value
    /// Renders its body for the value of name `operand`; `flag` says whether it is inverted.
    case section
    /// Renders the template with index `operand`.
    case partial
    /// Renders the template whose name is the value of name `operand`.
    case dynamicPartial
    /// Renders the template with index `operand`, with the blocks in its body given.
    case parent
    /// Renders the template whose name is the value of name `operand`, with blocks given.
    case dynamicParent
    /// Writes nothing: a partial or parent tag naming a template that is not in the set.
    case missing
    /// Renders its body, or the body that a parent tag being rendered gives for block
    /// `operand` (an id of `NameTable`).
    case block
  }

  /// What the step does.
  let operation: Operation
  /// For a value, whether to escape; for a section, whether it is inverted.
  let flag: Bool
  /// A text offset, a name index or a template index (see `Operation`).
  let operand: Int
  /// For text, the offset just past the bytes; for steps with a body, the index just past it.
  let end: Int
  /// The index of the step's source node in the program's node table; -1 for text.
  let node: Int
}
