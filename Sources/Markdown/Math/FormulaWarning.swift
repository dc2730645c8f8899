/// A formula that could not be read, located in the page's file.
public struct FormulaWarning: Sendable, Equatable {
  /// 1-based line of the file.
  public let line: Int
  /// 1-based column (in characters) of the formula's opening delimiter.
  public let column: Int
  /// What is wrong and what to do.
  public let message: String

  /// The warnings of the formulas with problems: `inline` with their body line and byte
  /// offset, `blocks` (```` ```math ````) with their first body line.
  static func collect(
    inline: [(Formula, Int, Int)], blocks: [(formula: Formula, line: Int)], body: SourceText,
    firstLine: Int
  ) -> [FormulaWarning] {
    var result: [FormulaWarning] = []
    for (formula, line, offset) in inline {
      guard let problem = formula.problemMessage else { continue }
      result.append(
        FormulaWarning(
          line: line + firstLine - 1, column: body.scalarColumn(line: line, byteOffset: offset),
          message: "formula '\(formula.tex)': \(problem)"))
    }
    for (formula, line) in blocks {
      guard let problem = formula.problemMessage else { continue }
      result.append(
        FormulaWarning(
          line: line + firstLine - 1, column: 1, message: "formula block: \(problem)"))
    }
    return result
  }
}
