/// Writes a ``MathNode`` tree as MathML Core, the subset browsers draw without scripts.
struct MathMLWriter {
  private(set) var output = ""

  /// `<math>` holding the tree and, in its `annotation`, the TeX it was read from (copied
  /// when the formula is copied). A display formula sits in a `formula` span that scrolls
  /// sideways when the formula is wider than a phone; `tabindex` lets a keyboard scroll it.
  static func math(_ node: MathNode, tex: String, display: Bool) -> String {
    var writer = MathMLWriter()
    if display { writer.output += "<span class=\"formula\" tabindex=\"0\">" }
    writer.output += display ? "<math display=\"block\"><semantics>" : "<math><semantics>"
    writer.element(node, wrap: true)
    writer.output += "<annotation encoding=\"application/x-tex\">"
    writer.output += escaped(tex)
    writer.output += "</annotation></semantics></math>"
    if display { writer.output += "</span>" }
    return writer.output
  }

  /// `text` with `&`, `<`, `>` and `"` escaped (by the page's own HTML escaping).
  static func escaped(_ text: String) -> String {
    var output = HTMLOutput(capacity: text.utf8.count + 8)
    output.text(text)
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// Writes `node` as one element (`wrap` puts a row of several children in `<mrow>`).
  private mutating func element(_ node: MathNode, wrap: Bool = true) {
    switch node {
    case .row(let children):
      if children.count == 1 {
        element(children[0], wrap: wrap)
      } else {
        if wrap || children.isEmpty { output += "<mrow>" }
        for child in children { element(child) }
        if wrap || children.isEmpty { output += "</mrow>" }
      }
    case .identifier(let name, let normal):
      output += normal && name.unicodeScalars.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
      leaf(name, "mi")
    case .number(let digits): leaf(digits, "mn", open: true)
    case .op(let symbol, let kind): op(symbol, kind)
    case .text(let words): leaf(Self.keptSpaces(words), "mtext", open: true)
    case .space(let width):
      output += "<mspace width=\"\(Self.em(width))\"></mspace>"
    case .fraction(let top, let bottom, let line):
      output += line ? "<mfrac>" : "<mfrac linethickness=\"0\">"
      element(top)
      element(bottom)
      output += "</mfrac>"
    case .root(let base, let degree):
      if let degree {
        output += "<mroot>"
        element(base)
        element(degree)
        output += "</mroot>"
      } else {
        output += "<msqrt>"
        element(base, wrap: false)
        output += "</msqrt>"
      }
    case .scripts(let base, let sub, let sup, let limits): scripts(base, sub, sup, limits)
    case .accent(let base, let mark, let under): accent(base, mark, under)
    case .table(let rows, let alignment): table(rows, alignment)
    case .fenced(let open, let close, let content):
      output += "<mrow>"
      if !open.isEmpty { op(open, .stretchyFence, form: "prefix") }
      element(content, wrap: false)
      if !close.isEmpty { op(close, .stretchyFence, form: "postfix") }
      output += "</mrow>"
    }
  }

  private mutating func leaf(_ text: String, _ name: String, open: Bool = false) {
    if open { output += "<\(name)>" }
    output += Self.escaped(text)
    output += "</\(name)>"
  }

  private mutating func op(_ symbol: String, _ kind: OperatorKind, form: String? = nil) {
    switch kind {
    case .plain, .large: output += "<mo>"
    case .fence: output += "<mo stretchy=\"false\">"
    case .stretchyFence:
      output += "<mo fence=\"true\" form=\"\(form ?? "prefix")\" stretchy=\"true\">"
    }
    leaf(symbol, "mo")
  }

  private mutating func scripts(
    _ base: MathNode, _ sub: MathNode?, _ sup: MathNode?, _ limits: Bool
  ) {
    let name: String
    switch (sub != nil, sup != nil) {
    case (true, true): name = limits ? "munderover" : "msubsup"
    case (true, false): name = limits ? "munder" : "msub"
    default: name = limits ? "mover" : "msup"
    }
    output += "<\(name)>"
    element(base)
    if let sub { element(sub) }
    if let sup { element(sup) }
    output += "</\(name)>"
  }

  private mutating func accent(_ base: MathNode, _ mark: String, _ under: Bool) {
    output += under ? "<munder accentunder=\"true\">" : "<mover accent=\"true\">"
    element(base)
    let stretches = "¯→←_⏞⏟^~".contains(mark)
    output += stretches ? "<mo stretchy=\"true\">" : "<mo stretchy=\"false\">"
    leaf(mark, "mo")
    output += under ? "</munder>" : "</mover>"
  }

  private mutating func table(_ rows: [[MathNode]], _ alignment: [String]) {
    output += "<mtable>"
    for row in rows {
      output += "<mtr>"
      for (column, cell) in row.enumerated() {
        let align = alignment.isEmpty ? "center" : alignment[column % alignment.count]
        output += align == "center" ? "<mtd>" : "<mtd columnalign=\"\(align)\">"
        element(cell, wrap: false)
        output += "</mtd>"
      }
      output += "</mtr>"
    }
    output += "</mtable>"
  }

  /// Words with their outer spaces kept (MathML trims them): made no-break.
  private static func keptSpaces(_ words: String) -> String {
    var scalars = Array(words.unicodeScalars)
    if let first = scalars.first, first == " " { scalars[0] = "\u{A0}" }
    if scalars.count > 1, let last = scalars.last, last == " " {
      scalars[scalars.count - 1] = "\u{A0}"
    }
    return String(String.UnicodeScalarView(scalars))
  }

  private static func em(_ width: Double) -> String {
    let thousandths = Int((width * 1000).rounded())
    let sign = thousandths < 0 ? "-" : ""
    let value = abs(thousandths)
    var fraction = String(value % 1000)
    while fraction.count < 3 { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return sign + String(value / 1000) + (fraction.isEmpty ? "" : "." + fraction) + "em"
  }
}
