import Foundation

/// The program's messages in Russian, Kazakh and English, each with an id (`E0101`) that a
/// teacher can search for. The English text a diagnostic carries is matched against the
/// English templates (`MessagesEnglish`); the words filling its `{0}`, `{1}` places are put
/// into the same places of the chosen language's template. A template ending a message
/// (`; did you mean '{0}'?`) is matched off the end first, so suggestions and notes that the
/// code appends are translated too. A message no template matches is printed as it is.
public enum MessageCatalogue {
  /// One English template, ready to match.
  struct Template: Sendable {
    let id: String
    let english: String
    let pattern: NSRegularExpression
    /// The literal text before the first place, for a quick test.
    let prefix: String
    /// Whether it is an ending appended to other messages (it starts with `;`, `,` or ` `).
    let isEnding: Bool
    /// Whether a place holds a number with its noun (`{0|page|pages}`): such a template is
    /// only written by id (``text(_:_:in:)``), never matched.
    let counts: Bool
  }

  static let templates: [Template] = MessagesEnglish.entries.map { entry in
    let pieces = pieces(of: entry.text)
    var pattern = "^"
    var prefix: String?
    for piece in pieces {
      switch piece {
      case .literal(let text):
        if prefix == nil { prefix = text }
        pattern += NSRegularExpression.escapedPattern(for: text)
      case .place:
        if prefix == nil { prefix = "" }
        pattern += "(.+?)"
      }
    }
    let first = entry.text.first
    return Template(
      id: entry.id, english: entry.text,
      // The templates are ours and escaped: a failure here is a programming error.
      pattern: try! NSRegularExpression(
        pattern: pattern + "$", options: [.dotMatchesLineSeparators]),
      prefix: prefix ?? "", isEnding: first == ";" || first == "," || first == " ",
      counts: pieces.contains {
        if case .place(_, let forms) = $0 { !forms.isEmpty } else { false }
      })
  }

  /// The endings, each with its pattern after any head (`^(.+?)` then the ending's own),
  /// compiled once; the longest first, so that `; did you mean '{0}' or '{1}'?` is tried
  /// before `; did you mean '{0}'?`.
  private static let endings: [(template: Template, pattern: NSRegularExpression, last: String)] =
    templates.filter(\.isEnding).sorted { $0.english.count > $1.english.count }.compactMap {
      ending in
      let source = "^(.+?)" + ending.pattern.pattern.dropFirst()
      var last = ""
      if case .literal(let text)? = pieces(of: ending.english).last { last = text }
      return (try? NSRegularExpression(pattern: source, options: [.dotMatchesLineSeparators]))
        .map { (ending, $0, last) }
    }
  private static let wholes = templates.filter { !$0.isEnding && !$0.counts }

  /// The texts of `language` by id.
  static func table(_ language: String) -> [String: String] {
    switch language {
    case "ru": return MessagesRussian.texts
    case "kk": return MessagesKazakh.texts
    default: return [:]
    }
  }

  /// The English words the code puts into places («a list»), in `language`.
  static func words(_ language: String) -> [String: String] {
    switch language {
    case "ru": return MessagesRussian.words
    case "kk": return MessagesKazakh.words
    default: return [:]
    }
  }

  /// `message` in `language` and the id of its template; the message itself and nil when no
  /// template matches.
  public static func localized(_ message: String, in language: String) -> (
    text: String, id: String?
  ) {
    // Endings first: a whole template ending in a place would swallow them otherwise.
    // A quick test first: most messages have no ending, and a pattern costs far more.
    for ending in endings
    where message.hasSuffix(ending.last) && message.contains(ending.template.prefix) {
      guard let split = splitEnding(message, ending.pattern) else { continue }
      let head = localized(split.head, in: language)
      guard head.id != nil else { continue }
      return (head.text + render(ending.template, split.places, in: language), head.id)
    }
    if let whole = match(message, among: wholes) {
      return (render(whole.template, whole.places, in: language), whole.template.id)
    }
    return (message, nil)
  }

  /// The parts (ids E8…) that the code puts into the places of other messages (a date's
  /// fault, a formula's, a template's).
  private static let parts = wholes.filter { $0.id.hasPrefix("E8") }

  /// A place's words in `language`: a word of the words table, a part, or as written.
  private static func placeText(_ given: String, in language: String) -> String {
    if let word = words(language)[given] { return word }
    guard language != "en", let part = match(given, among: parts) else { return given }
    return render(part.template, part.places, in: language)
  }

  /// The text of the message `id` in `language`, its places filled with `arguments`.
  public static func text(_ id: String, _ arguments: [String] = [], in language: String) -> String {
    guard let template = templates.first(where: { $0.id == id }) else { return id }
    return render(template, arguments, in: language)
  }

  private static func match(_ message: String, among list: [Template]) -> (
    template: Template, places: [String]
  )? {
    let range = NSRange(message.startIndex..., in: message)
    for template in list where message.hasPrefix(template.prefix) {
      guard let found = template.pattern.firstMatch(in: message, range: range) else { continue }
      return (template, captures(found, in: message))
    }
    return nil
  }

  private static func splitEnding(_ message: String, _ pattern: NSRegularExpression) -> (
    head: String, places: [String]
  )? {
    guard
      let found = pattern.firstMatch(
        in: message, range: NSRange(message.startIndex..., in: message))
    else { return nil }
    let all = captures(found, in: message)
    return (all[0], Array(all.dropFirst()))
  }

  private static func captures(_ found: NSTextCheckingResult, in message: String) -> [String] {
    (1..<found.numberOfRanges).map { index in
      Range(found.range(at: index), in: message).map { String(message[$0]) } ?? ""
    }
  }

  private static func render(_ template: Template, _ places: [String], in language: String)
    -> String
  {
    let text = table(language)[template.id] ?? template.english
    var output = ""
    for piece in pieces(of: text) {
      switch piece {
      case .literal(let literal): output += literal
      case .place(let index, let forms):
        let given = index < places.count ? places[index] : ""
        let value = forms.isEmpty ? placeText(given, in: language) : given
        output += forms.isEmpty ? value : plural(value, forms, language: language)
      }
    }
    return output
  }

  /// `{0|страница|страницы|страниц}`: the form for the number in the place (one, few, many).
  private static func plural(_ value: String, _ forms: [String], language: String) -> String {
    let number = Int(value.filter(\.isNumber)) ?? 0
    let category = RussianText.pluralCategory(number, language: language)
    let form: String
    switch category {
    case "one": form = forms[0]
    case "few": form = forms[min(1, forms.count - 1)]
    default: form = forms[forms.count - 1]
    }
    return value + " " + form
  }

  enum Piece: Equatable {
    case literal(String)
    case place(Int, forms: [String])
  }

  /// A template cut into literal text and places (`{0}`, `{1|форма|формы|форм}`).
  static func pieces(of template: String) -> [Piece] {
    var pieces: [Piece] = []
    var literal = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let inside = rest[rest.index(after: open)..<close].split(
        separator: "|", omittingEmptySubsequences: false)
      guard let index = inside.first.flatMap({ Int($0) }) else {
        literal += rest[...open]
        rest = rest[rest.index(after: open)...]
        continue
      }
      literal += rest[..<open]
      if !literal.isEmpty { pieces.append(.literal(literal)) }
      literal = ""
      pieces.append(.place(index, forms: inside.dropFirst().map(String.init)))
      rest = rest[rest.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    return pieces
  }
}
