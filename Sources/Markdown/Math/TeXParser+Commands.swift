extension TeXParser {
  /// A command at `position` (the backslash).
  mutating func command() throws(MathError) -> MathNode {
    let start = position
    let name = commandName(at: position + 1)
    position += 1 + name.unicodeScalars.count
    if let symbol = MathSymbols.identifiers[name] { return .identifier(symbol) }
    if let symbol = MathSymbols.operators[name] {
      let fences: Set<String> = [
        "lVert", "rVert", "lvert", "rvert", "lbrace", "rbrace", "langle", "rangle", "lfloor",
        "rfloor", "lceil", "rceil", "vert", "Vert",
      ]
      return .op(symbol, kind: fences.contains(name) ? .fence : .plain)
    }
    if let symbol = MathSymbols.largeOperators[name] { return .op(symbol, kind: .large) }
    if MathSymbols.functions.contains(name) { return .identifier(name, normal: true) }
    if let width = MathSymbols.spaces[name] { return .space(width) }
    if let accent = MathSymbols.accents[name] {
      return .accent(try argument(), mark: accent.mark, under: accent.under)
    }
    if let character = name.first, name.count == 1,
      let node = MathSymbols.escapedCharacters[character]
    {
      return node
    }
    if MathSymbols.ignored.contains(name) { return .row([]) }
    if let node = try structure(name, start: start) { return node }
    if let node = try lettering(name) { return node }
    throw MathError(
      message: "unknown command '\\\(name)': check its spelling; the formula is shown as code",
      offset: start)
  }

  /// Commands that build structure: fractions, roots, fences, environments.
  private mutating func structure(_ name: String, start: Int) throws(MathError) -> MathNode? {
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac":
      return .fraction(try argument(), try argument(), line: true)
    case "binom", "dbinom", "tbinom":
      return .fenced(open: "(", close: ")", .fraction(try argument(), try argument(), line: false))
    case "sqrt":
      skipSpaces()
      var degree: MathNode?
      if peek() == "[" { degree = try bracketed() }
      return .root(try argument(), degree: degree)
    case "left":
      return try fenced(start: start)
    case "begin":
      return try environment(start: start)
    case "pmod":
      let modulus = try argument()
      return .row([
        .space(0.4444), .op("(", kind: .fence), .identifier("mod", normal: true), .space(0.3333),
        modulus, .op(")", kind: .fence),
      ])
    case "mod":
      return .row([.space(0.5), .identifier("mod", normal: true), .space(0.3333)])
    case "not":
      return negated(try argument())
    case "overset", "stackrel":
      let over = try argument()
      return .scripts(try argument(), sub: nil, sup: over, limits: true)
    case "underset":
      let under = try argument()
      return .scripts(try argument(), sub: under, sup: nil, limits: true)
    case "boxed", "phantom", "mathstrut":
      return name == "mathstrut" ? .row([]) : try argument()
    default:
      return nil
    }
  }

  /// Commands that change how letters look: `\text`, `\mathrm`, `\mathbb`, `\mathbf`.
  private mutating func lettering(_ name: String) throws(MathError) -> MathNode? {
    switch name {
    case "text", "textrm", "textup", "mbox", "textit", "textbf", "hbox", "textnormal":
      return .text(try rawArgument())
    case "mathrm", "operatorname", "mathup":
      let letters = try rawArgument()
      return .identifier(letters, normal: true)
    case "mathbb", "Bbb":
      return .identifier(String((try rawArgument()).map(MathSymbols.doubleStruck)))
    case "mathcal", "mathscr":
      return .identifier(String((try rawArgument()).map(MathSymbols.script)))
    case "mathbf", "boldsymbol", "bm", "mathit", "mathsf", "mathtt":
      return try argument()
    default:
      return nil
    }
  }

  /// `\not` before a relation.
  private func negated(_ node: MathNode) -> MathNode {
    guard case .op(let symbol, _) = node else { return node }
    let table: [String: String] = [
      "=": "≠", "∈": "∉", "⊂": "⊄", "⊆": "⊈", "≡": "≢", "∣": "∤", "∥": "∦", "<": "≮", ">": "≯",
    ]
    return .op(table[symbol] ?? symbol + "\u{338}")
  }

  /// The text of a `{…}` argument as written, braces nested; one character without braces.
  mutating func rawArgument() throws(MathError) -> String {
    skipSpaces()
    guard let next = peek() else {
      throw MathError(message: "a command needs an argument in braces here", offset: position)
    }
    guard next == "{" else {
      position += 1
      return String(next)
    }
    let open = position
    var depth = 0
    var text = ""
    while let scalar = peek() {
      position += 1
      if scalar == "{" {
        depth += 1
        if depth == 1 { continue }
      } else if scalar == "}" {
        depth -= 1
        if depth == 0 { return text }
      } else if scalar == "\\", let escaped = peek(), "{}$%&#_ ".unicodeScalars.contains(escaped) {
        position += 1
        text.unicodeScalars.append(escaped)
        continue
      }
      text.unicodeScalars.append(scalar)
    }
    throw MathError(message: "'{' is not closed: add '}'", offset: open)
  }

  /// `[…]` (a root's degree).
  private mutating func bracketed() throws(MathError) -> MathNode {
    let open = position
    position += 1
    var children: [MathNode] = []
    while true {
      skipSpaces()
      if peek() == "]" { break }
      if atStop() { throw MathError(message: "'[' is not closed: add ']'", offset: open) }
      children.append(try term())
    }
    position += 1
    return children.count == 1 ? children[0] : .row(children)
  }

  /// `\left X … \right Y`, `position` after `\left`.
  private mutating func fenced(start: Int) throws(MathError) -> MathNode {
    let open = try delimiter()
    let children = try expression()
    guard peek() == "\\", commandName(at: position + 1) == "right" else {
      throw MathError(
        message: "'\\left' has no '\\right': add '\\right)' or '\\right.'", offset: start)
    }
    position += 6
    let close = try delimiter()
    return .fenced(open: open, close: close, .row(children))
  }

  /// A delimiter after `\left`, `\right`: a sign or a command; `.` is none.
  mutating func delimiter() throws(MathError) -> String {
    skipSpaces()
    guard let next = peek() else {
      throw MathError(message: "'\\left' or '\\right' needs a bracket after it", offset: position)
    }
    if next == "." {
      position += 1
      return ""
    }
    if next != "\\" {
      position += 1
      return String(next)
    }
    let at = position
    let node = try command()
    switch node {
    case .op(let symbol, _): return symbol
    default:
      throw MathError(message: "'\\left' or '\\right' needs a bracket after it", offset: at)
    }
  }
}
