/// A problem in a formula: what is wrong, in words a teacher understands, and where
/// (in Unicode scalars from the formula's start).
struct MathError: Error, Equatable {
  /// What is wrong and what to do.
  let message: String
  /// The scalar offset in the formula's TeX.
  let offset: Int
}

/// Reads the TeX of one formula into a ``MathNode`` tree: the commands school and olympiad
/// material uses (fractions, roots, scripts, Greek, relations, `\text`, `\left…\right`,
/// accents, large operators, `\binom`, `\pmod`, `\mathbb`, spacing, and the environments
/// `matrix`, `pmatrix`, `cases`, `aligned`, `array`). Anything else is an error, so that a
/// formula is never shown half-read.
struct TeXParser {
  let scalars: [Unicode.Scalar]
  var position = 0

  /// The tree of `tex`, or the first problem found.
  static func parse(_ tex: String) throws(MathError) -> MathNode {
    var parser = TeXParser(scalars: Array(tex.unicodeScalars))
    let children = try parser.expression()
    if parser.position < parser.scalars.count {
      let stop = parser.scalars[parser.position]
      if stop == "}" {
        throw MathError(
          message: "'}' closes nothing: add the '{' it closes or remove it", offset: parser.position
        )
      }
      if stop == "&" || stop == "\\" {
        let what = stop == "&" ? "'&'" : "'\\\\'"
        throw MathError(
          message: "\(what) is only used inside \\begin{…}…\\end{…} (aligned, cases, matrix)",
          offset: parser.position)
      }
    }
    return children.count == 1 ? children[0] : .row(children)
  }

  var atEnd: Bool { position >= scalars.count }

  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    position + ahead < scalars.count ? scalars[position + ahead] : nil
  }

  mutating func skipSpaces() {
    while let next = peek(), next == " " || next == "\n" || next == "\t" || next == "\r" {
      position += 1
    }
  }

  /// The command name at `position` (just after a backslash), without consuming it.
  func commandName(at start: Int) -> String {
    var end = start
    while end < scalars.count, isLetter(scalars[end]) { end += 1 }
    if end == start && start < scalars.count { end = start + 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
  }

  /// Whether the input stops a row: the end, `}`, `&`, `\\`, `\right`, `\end`.
  func atStop() -> Bool {
    guard let next = peek() else { return true }
    if next == "}" || next == "&" { return true }
    guard next == "\\" else { return false }
    let name = commandName(at: position + 1)
    return name == "\\" || name == "right" || name == "end" || name == "cr"
  }

  /// Terms up to the next stop (not consumed).
  mutating func expression() throws(MathError) -> [MathNode] {
    var children: [MathNode] = []
    while true {
      skipSpaces()
      if atStop() { return children }
      children.append(try term())
    }
  }

  /// One atom with its scripts and primes.
  mutating func term() throws(MathError) -> MathNode {
    let start = position
    var base = try atom()
    var sub: MathNode?
    var sup: MathNode?
    var limits = hasLimits(base)
    var primes = ""
    while true {
      skipSpaces()
      guard let next = peek() else { break }
      if next == "^" || next == "_" {
        position += 1
        let argument = try scriptArgument()
        if next == "^" {
          guard sup == nil else { throw doubleScript("superscript", at: position - 1) }
          sup = primes.isEmpty ? argument : .row([.op(primes), argument])
          primes = ""
        } else {
          guard sub == nil else { throw doubleScript("subscript", at: position - 1) }
          sub = argument
        }
      } else if next == "'" {
        position += 1
        primes += "′"
      } else if next == "\\", ["limits", "nolimits"].contains(commandName(at: position + 1)) {
        limits = commandName(at: position + 1) == "limits"
        position += 1 + commandName(at: position + 1).unicodeScalars.count
      } else {
        break
      }
    }
    if !primes.isEmpty { sup = sup.map { .row([$0, .op(primes)]) } ?? .op(primes) }
    if sub == nil && sup == nil { return base }
    if case .row(let children) = base, children.isEmpty, position == start { base = .row([]) }
    return .scripts(base, sub: sub, sup: sup, limits: limits)
  }

  private func doubleScript(_ what: String, at offset: Int) -> MathError {
    MathError(message: "double \(what): group it with braces, as x^{a^b}", offset: offset)
  }

  /// Whether scripts on `base` go under and over it (`\sum`, `\lim`, `\overbrace`).
  private func hasLimits(_ base: MathNode) -> Bool {
    switch base {
    case .op(let symbol, .large): return "∑∏∐⋃⋂⨁⨂⋁⋀".contains(symbol)
    case .identifier(let name, true): return MathSymbols.limitOperators.contains(name)
    case .accent(_, let mark, _): return mark == "⏞" || mark == "⏟"
    default: return false
    }
  }

  /// A script's argument: a group, a command, or one character.
  mutating func scriptArgument() throws(MathError) -> MathNode {
    skipSpaces()
    guard let next = peek(), !atStop() || next == "\\" && commandName(at: position + 1) == "\\"
    else {
      throw MathError(message: "'^' or '_' has nothing after it", offset: position)
    }
    if next.properties.numericType != nil && next.isASCII {
      position += 1
      return .number(String(next))
    }
    return try atom()
  }

  /// One atom: a group, a number, a letter, a sign or a command.
  mutating func atom() throws(MathError) -> MathNode {
    guard let next = peek() else {
      throw MathError(message: "the formula ends too early", offset: position)
    }
    switch next {
    case "{":
      let children = try group()
      return children.count == 1 ? children[0] : .row(children)
    case "\\":
      return try command()
    case "0"..."9", ".":
      return number()
    case "^", "_":
      return .row([])
    case "~":
      position += 1
      return .space(0.3333)
    default:
      position += 1
      return Self.character(next)
    }
  }

  /// A `{…}` group's children, braces consumed.
  mutating func group() throws(MathError) -> [MathNode] {
    let open = position
    position += 1
    let children = try expression()
    guard peek() == "}" else {
      throw MathError(message: "'{' is not closed: add '}'", offset: open)
    }
    position += 1
    return children
  }

  /// A required argument: a group or one atom.
  mutating func argument() throws(MathError) -> MathNode {
    skipSpaces()
    guard !atEnd, peek() != "}" else {
      throw MathError(message: "a command needs an argument in braces here", offset: position)
    }
    if let next = peek(), next >= "0" && next <= "9" {
      position += 1
      return .number(String(next))
    }
    return try atom()
  }

  /// Digits with at most one decimal point between digits.
  mutating func number() -> MathNode {
    var digits = ""
    var seenPoint = false
    while let next = peek() {
      if next >= "0" && next <= "9" {
        digits.unicodeScalars.append(next)
      } else if next == "." && !seenPoint, let after = peek(1), after >= "0" && after <= "9" {
        seenPoint = true
        digits.unicodeScalars.append(next)
      } else {
        break
      }
      position += 1
    }
    if digits.isEmpty {
      position += 1
      return .op(".")
    }
    return .number(digits)
  }

  /// A character written as itself: a letter as `<mi>`, a sign as `<mo>`.
  static func character(_ scalar: Unicode.Scalar) -> MathNode {
    switch scalar {
    case "-": return .op("−")
    case "*": return .op("∗")
    case "(", ")", "[", "]", "|": return .op(String(scalar), kind: .fence)
    default:
      if scalar.properties.isAlphabetic { return .identifier(String(scalar)) }
      if scalar.properties.numericType != nil { return .number(String(scalar)) }
      return .op(String(scalar))
    }
  }
}
