/// The TeX commands that stand for one symbol, by what they become in MathML.
enum MathSymbols {
  /// Letters written as `<mi>`: Greek and a few others.
  static let identifiers: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
    "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
    "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "infty": "∞", "emptyset": "∅", "varnothing": "∅", "ell": "ℓ", "partial": "∂",
    "nabla": "∇", "hbar": "ℏ", "aleph": "ℵ", "imath": "ı", "jmath": "ȷ",
  ]

  /// Symbols written as `<mo>`: operators, relations, arrows, dots.
  static let operators: [String: String] = [
    "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆",
    "circ": "∘", "bullet": "∙", "oplus": "⊕", "otimes": "⊗", "setminus": "∖",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "leqslant": "⩽", "geqslant": "⩾",
    "ne": "≠", "neq": "≠", "approx": "≈", "equiv": "≡", "sim": "∼", "simeq": "≃",
    "cong": "≅", "propto": "∝", "ll": "≪", "gg": "≫", "lt": "<", "gt": ">",
    "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "supseteq": "⊇", "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧", "vee": "∨",
    "lor": "∨", "neg": "¬", "lnot": "¬", "forall": "∀", "exists": "∃", "nexists": "∄",
    "angle": "∠", "measuredangle": "∡", "perp": "⊥", "parallel": "∥", "nparallel": "∦",
    "triangle": "△", "square": "□", "mid": "∣", "nmid": "∤", "divides": "∣",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "Rightarrow": "⇒",
    "Leftarrow": "⇐", "Leftrightarrow": "⇔", "leftrightarrow": "↔", "iff": "⟺",
    "implies": "⟹", "mapsto": "↦", "longrightarrow": "⟶", "uparrow": "↑",
    "downarrow": "↓", "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
    "colon": ":", "prime": "′", "degree": "°", "vert": "|", "Vert": "‖",
    "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊",
    "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "backslash": "\\", "because": "∵",
    "therefore": "∴", "bmod": "mod", "perthousand": "‰", "frown": "⌢", "smile": "⌣",
    "lVert": "‖", "rVert": "‖", "lvert": "|", "rvert": "|", "sphericalangle": "∢",
    "nsubseteq": "⊈", "subsetneq": "⊊", "Longrightarrow": "⟹", "longleftrightarrow": "⟷",
  ]

  /// Large operators; those in ``limitOperators`` take their limits under and over.
  static let largeOperators: [String: String] = [
    "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
    "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
    "bigvee": "⋁", "bigwedge": "⋀",
  ]

  /// The large operators and functions whose limits go under and over in a display formula.
  static let limitOperators: Set<String> = [
    "sum", "prod", "coprod", "bigcup", "bigcap", "bigoplus", "bigotimes", "bigvee",
    "bigwedge", "lim", "max", "min", "sup", "inf", "limsup", "liminf", "det", "gcd", "Pr",
  ]

  /// Function names written upright (`\sin x`).
  static let functions: Set<String> = [
    "sin", "cos", "tan", "cot", "sec", "csc", "tg", "ctg", "arcsin", "arccos", "arctan",
    "arctg", "arcctg", "sinh", "cosh", "tanh", "coth", "sh", "ch", "th", "log", "ln", "lg",
    "exp", "lim", "max", "min", "sup", "inf", "limsup", "liminf", "det", "gcd", "lcm",
    "deg", "dim", "ker", "arg", "hom", "Pr", "sgn", "mod",
  ]

  /// Escaped characters written as themselves.
  static let escapedCharacters: [Character: MathNode] = [
    "{": .op("{", kind: .fence), "}": .op("}", kind: .fence), "%": .op("%"), "$": .op("$"),
    "#": .op("#"), "&": .op("&"), "_": .op("_"), "|": .op("‖", kind: .fence),
  ]

  /// Spacing commands, in em.
  static let spaces: [String: Double] = [
    ",": 0.1667, ":": 0.2222, ">": 0.2222, ";": 0.2778, "!": -0.1667, " ": 0.3333,
    "quad": 1, "qquad": 2, "thinspace": 0.1667, "enspace": 0.5,
  ]

  /// Marks over or under a base: the mark, and whether it goes under.
  static let accents: [String: (mark: String, under: Bool)] = [
    "vec": ("→", false), "overrightarrow": ("→", false), "overleftarrow": ("←", false),
    "hat": ("^", false), "widehat": ("^", false), "bar": ("¯", false),
    "overline": ("¯", false), "underline": ("_", true), "tilde": ("~", false),
    "widetilde": ("~", false), "dot": ("˙", false), "ddot": ("¨", false),
    "check": ("ˇ", false), "breve": ("˘", false), "acute": ("´", false), "grave": ("`", false),
    "overbrace": ("⏞", false), "underbrace": ("⏟", true), "mathring": ("˚", false),
  ]

  /// Commands that only change sizes or styles we leave to the browser: read and ignored.
  static let ignored: Set<String> = [
    "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "big", "Big", "bigg",
    "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "middle", "nonumber", "notag",
  ]

  /// The letters of `\mathbb`.
  static func doubleStruck(_ letter: Character) -> Character {
    let special: [Character: Character] = [
      "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
    ]
    if let found = special[letter] { return found }
    guard let ascii = letter.asciiValue else { return letter }
    let base: UInt32
    switch ascii {
    case 0x41...0x5A: base = 0x1D538 + UInt32(ascii - 0x41)
    case 0x61...0x7A: base = 0x1D552 + UInt32(ascii - 0x61)
    case 0x30...0x39: base = 0x1D7D8 + UInt32(ascii - 0x30)
    default: return letter
    }
    return Unicode.Scalar(base).map(Character.init) ?? letter
  }

  /// The letters of `\mathcal` (script capitals).
  static func script(_ letter: Character) -> Character {
    let special: [Character: Character] = [
      "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
    ]
    if let found = special[letter] { return found }
    guard let ascii = letter.asciiValue, (0x41...0x5A).contains(ascii),
      let scalar = Unicode.Scalar(0x1D49C + UInt32(ascii - 0x41))
    else { return letter }
    return Character(scalar)
  }
}
