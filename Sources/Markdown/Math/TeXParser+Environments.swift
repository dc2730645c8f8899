extension TeXParser {
  /// The environments: their fences and column alignment.
  private static let environments: [String: (open: String, close: String, align: [String])] = [
    "matrix": ("", "", ["center"]), "smallmatrix": ("", "", ["center"]),
    "pmatrix": ("(", ")", ["center"]), "bmatrix": ("[", "]", ["center"]),
    "Bmatrix": ("{", "}", ["center"]), "vmatrix": ("|", "|", ["center"]),
    "Vmatrix": ("‖", "‖", ["center"]), "cases": ("{", "", ["left", "left"]),
    "rcases": ("", "}", ["left", "left"]),
    "aligned": ("", "", ["right", "left"]), "align": ("", "", ["right", "left"]),
    "align*": ("", "", ["right", "left"]), "split": ("", "", ["right", "left"]),
    "alignat": ("", "", ["right", "left"]), "alignedat": ("", "", ["right", "left"]),
    "gathered": ("", "", ["center"]), "gather": ("", "", ["center"]),
    "gather*": ("", "", ["center"]), "array": ("", "", ["center"]),
    "equation": ("", "", ["center"]), "equation*": ("", "", ["center"]),
  ]

  /// `\begin{name} … \end{name}`, `position` after `\begin`.
  mutating func environment(start: Int) throws(MathError) -> MathNode {
    let name = try rawArgument()
    guard let shape = Self.environments[name] else {
      throw MathError(
        message: "unknown environment '\(name)': use matrix, pmatrix, cases, aligned or array",
        offset: start)
    }
    var align = shape.align
    if name == "array" || name == "alignat" || name == "alignedat" {
      let columns = try rawArgument()
      if name == "array" { align = Self.arrayColumns(columns) }
    }
    let rows = try tableRows(start: start)
    try finish(name, start: start)
    if name.hasPrefix("equation") {
      return rows.first?.first ?? .row([])
    }
    let table = MathNode.table(rows, alignment: align)
    if shape.open.isEmpty && shape.close.isEmpty { return table }
    return .fenced(open: shape.open, close: shape.close, table)
  }

  private static func arrayColumns(_ spec: String) -> [String] {
    spec.compactMap { letter in
      switch letter {
      case "l": return "left"
      case "r": return "right"
      case "c": return "center"
      default: return nil
      }
    }
  }

  /// Cells separated by `&`, rows by `\\`, up to `\end`.
  private mutating func tableRows(start: Int) throws(MathError) -> [[MathNode]] {
    var rows: [[MathNode]] = []
    var row: [MathNode] = []
    while true {
      let cell = try expression()
      row.append(cell.count == 1 ? cell[0] : .row(cell))
      guard let next = peek() else {
        throw MathError(message: "'\\begin' has no '\\end': add it", offset: start)
      }
      if next == "&" {
        position += 1
        continue
      }
      if next == "}" {
        throw MathError(
          message: "'}' closes nothing: add the '{' it closes or remove it", offset: position)
      }
      let name = commandName(at: position + 1)
      if name == "\\" || name == "cr" {
        position += 1 + name.unicodeScalars.count
        skipRowSpacing()
        rows.append(row)
        row = []
        continue
      }
      if name == "right" {
        throw MathError(
          message: "'\\right' has no '\\left' inside this environment", offset: position)
      }
      rows.append(row)
      break
    }
    if let last = rows.last, last.allSatisfy({ $0 == .row([]) }), rows.count > 1 {
      rows.removeLast()
    }
    return rows
  }

  /// `[4pt]` after a row break, and `\hline`.
  private mutating func skipRowSpacing() {
    skipSpaces()
    if peek() == "[" {
      while let next = peek(), next != "]" { position += 1 }
      position += 1
    }
    skipSpaces()
    while peek() == "\\", commandName(at: position + 1) == "hline" {
      position += 6
      skipSpaces()
    }
  }

  /// `\end{name}`, `position` at the backslash.
  private mutating func finish(_ name: String, start: Int) throws(MathError) {
    let at = position
    position += 4
    let closing = try rawArgument()
    guard closing == name else {
      throw MathError(
        message: "'\\begin{\(name)}' ends with '\\end{\(closing)}': make them the same", offset: at)
    }
  }
}
