/// A formula as a small tree, between the TeX that was written and the MathML that is
/// written: each case is one MathML construct.
indirect enum MathNode: Equatable, Sendable {
  /// Children in a row (`<mrow>`).
  case row([MathNode])
  /// A variable or a function name (`<mi>`); `normal` marks a multi-letter or upright name.
  case identifier(String, normal: Bool = false)
  /// A number (`<mn>`).
  case number(String)
  /// An operator, relation, fence or separator (`<mo>`).
  case op(String, kind: OperatorKind = .plain)
  /// Words inside a formula (`<mtext>`), from `\text{…}`.
  case text(String)
  /// Horizontal space (`<mspace>`), in em.
  case space(Double)
  /// A fraction; `line: false` for `\binom`'s stacked numbers.
  case fraction(MathNode, MathNode, line: Bool)
  /// A square root (`<msqrt>`), or a root of another degree (`<mroot>`).
  case root(MathNode, degree: MathNode?)
  /// A base with scripts: beside it (`<msub>`…) or, with `limits`, under and over it.
  case scripts(MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
  /// A mark over (`\vec`, `\hat`, `\overline`) or under the base.
  case accent(MathNode, mark: String, under: Bool)
  /// Rows of cells (`<mtable>`), from `matrix`, `cases`, `aligned` and `array`.
  case table([[MathNode]], alignment: [String])
  /// A group between fences that grow with it (`\left( … \right)`, `pmatrix`, `cases`);
  /// an empty fence is written as nothing.
  case fenced(open: String, close: String, MathNode)
}

/// How an operator is written.
enum OperatorKind: Equatable, Sendable {
  /// As it comes.
  case plain
  /// A large operator (`\sum`, `\int`).
  case large
  /// A fence that does not grow (`(` written alone).
  case fence
  /// A fence that grows with its content (`\left(`).
  case stretchyFence
}

extension MathNode {
  /// The formula's text for search and for `alt`: its letters, digits and signs in order,
  /// with the words of `\text{…}` set apart by spaces.
  var plainText: String {
    var result = ""
    appendText(to: &result)
    return result.split(separator: " ").joined(separator: " ")
  }

  private func appendText(to result: inout String) {
    switch self {
    case .row(let children): for child in children { child.appendText(to: &result) }
    case .identifier(let name, let normal): result += normal ? " \(name) " : name
    case .number(let digits): result += digits
    case .op(let symbol, _): result += symbol
    case .text(let words): result += " \(words) "
    case .space: result += " "
    case .fraction(let top, let bottom, _):
      top.appendText(to: &result)
      result += "/"
      bottom.appendText(to: &result)
    case .root(let base, let degree):
      result += "√"
      degree?.appendText(to: &result)
      base.appendText(to: &result)
    case .scripts(let base, let sub, let sup, _):
      base.appendText(to: &result)
      sub?.appendText(to: &result)
      sup?.appendText(to: &result)
    case .accent(let base, _, _): base.appendText(to: &result)
    case .table(let rows, _):
      for row in rows {
        for cell in row {
          cell.appendText(to: &result)
          result += " "
        }
      }
    case .fenced(let open, let close, let content):
      result += open
      content.appendText(to: &result)
      result += close
    }
  }
}
