extension YAMLValue {
  /// The value of `key` when this value is a mapping; nil otherwise or when the key is absent.
  public subscript(key: String) -> YAMLValue? {
    if case .mapping(let mapping) = kind { return mapping[key] }
    return nil
  }

  /// True for `null`, `~` and empty values.
  public var isNull: Bool {
    if case .null = kind { return true }
    return false
  }

  /// The text of a string value; nil for every other kind (use ``scalarString`` to render
  /// numbers and dates as text).
  public var string: String? {
    if case .string(let text) = kind { return text }
    return nil
  }

  /// Any scalar as text: strings as they are, other scalars rendered from their value (`05` →
  /// `5`, `1.50` → `1.5`, `true`, `2024-03-01`, `2024-03-01T10:00:00+03:00`, `.inf`); nil for
  /// null and collections. ``sourceText`` keeps the text as written.
  public var scalarString: String? {
    switch kind {
    case .string(let text): return text
    case .bool(let truth): return truth ? "true" : "false"
    case .int(let number): return String(number)
    case .double(let number):
      if number.isNaN { return ".nan" }
      if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
      return String(number)
    case .date(let date): return date.description
    case .null, .sequence, .mapping: return nil
    }
  }

  /// A sequence whose items are all scalars, as text; a single scalar as a one-element array;
  /// nil otherwise.
  public var strings: [String]? {
    switch kind {
    case .sequence(let items):
      var result: [String] = []
      result.reserveCapacity(items.count)
      for item in items {
        guard let text = item.scalarString else { return nil }
        result.append(text)
      }
      return result
    default:
      return scalarString.map { [$0] }
    }
  }

  /// The integer of an int value.
  public var int: Int? {
    if case .int(let number) = kind { return number }
    return nil
  }

  /// The number of a float or int value.
  public var double: Double? {
    switch kind {
    case .double(let number): return number
    case .int(let number): return Double(number)
    default: return nil
    }
  }

  /// The truth value of a bool value.
  public var bool: Bool? {
    if case .bool(let truth) = kind { return truth }
    return nil
  }

  /// The date of a date value.
  public var date: YAMLDate? {
    if case .date(let date) = kind { return date }
    return nil
  }

  /// The items of a sequence.
  public var array: [YAMLValue]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  /// The entries of a mapping.
  public var mapping: YAMLMapping? {
    if case .mapping(let mapping) = kind { return mapping }
    return nil
  }

  /// The kind in words for messages: "a string", "a number", "a list", "a map", "a date",
  /// "true/false" or "nothing".
  public var typeDescription: String {
    switch kind {
    case .null: return "nothing"
    case .bool: return "true/false"
    case .int, .double: return "a number"
    case .string: return "a string"
    case .date: return "a date"
    case .sequence: return "a list"
    case .mapping: return "a map"
    }
  }
}
