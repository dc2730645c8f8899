/// A value a template renders: the data of a page, built from maps, lists, strings, numbers
/// and booleans.
///
/// Truthiness (what a `{{#section}}` tests): `.null`, `.bool(false)`, an empty `.array` and
/// an empty `.string` or `.utf8` are falsey; everything else (numbers including 0, dictionaries including
/// empty ones, lambdas) is truthy.
public enum TemplateValue: Sendable, Equatable {
  /// No value: renders empty, falsey.
  case null
  /// A boolean: renders `true` or `false`.
  case bool(Bool)
  /// An integer: renders in decimal.
  case int(Int)
  /// A floating-point number: renders like JavaScript (`1.21`, and `1.0` as `1`).
  case double(Double)
  /// A string: HTML-escaped by `{{name}}`, written as is by `{{{name}}}` and `{{& name}}`.
  case string(String)
  /// A string given as its UTF-8 bytes, which must be valid UTF-8 (a large text, such as a
  /// page's HTML, that was never made into a `String`): behaves exactly as `.string`.
  case utf8([UInt8])
  /// A list: a section renders its body once per element.
  case array([TemplateValue])
  /// A map: a section pushes it on the context stack; dotted names look into it.
  case dictionary([String: TemplateValue])
  /// A function of the template text (see `TemplateLambda`).
  case lambda(TemplateLambda)

  /// Whether a section renders for this value (and an inverted section does not).
  public var isTruthy: Bool {
    switch self {
    case .null: return false
    case .bool(let value): return value
    case .string(let value): return !value.isEmpty
    case .utf8(let bytes): return !bytes.isEmpty
    case .array(let value): return !value.isEmpty
    case .int, .double, .dictionary, .lambda: return true
    }
  }

  /// The text of a `.string` or `.utf8` value, else `nil`.
  public var text: String? {
    switch self {
    case .string(let value): return value
    case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
    default: return nil
    }
  }

  /// The value of `key` when this is a dictionary, else `nil`.
  public subscript(key: String) -> TemplateValue? {
    if case .dictionary(let map) = self { return map[key] }
    return nil
  }
}

extension TemplateValue: ExpressibleByStringLiteral {
  /// A `.string`.
  public init(stringLiteral value: String) {
    self = .string(value)
  }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
  /// An `.int`.
  public init(integerLiteral value: Int) {
    self = .int(value)
  }
}

extension TemplateValue: ExpressibleByFloatLiteral {
  /// A `.double`.
  public init(floatLiteral value: Double) {
    self = .double(value)
  }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
  /// A `.bool`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }
}

extension TemplateValue: ExpressibleByNilLiteral {
  /// `.null`.
  public init(nilLiteral: ()) {
    self = .null
  }
}

extension TemplateValue: ExpressibleByArrayLiteral {
  /// An `.array`.
  public init(arrayLiteral elements: TemplateValue...) {
    self = .array(elements)
  }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
  /// A `.dictionary`; a later duplicate key wins.
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    var map: [String: TemplateValue] = [:]
    map.reserveCapacity(elements.count)
    for (key, value) in elements { map[key] = value }
    self = .dictionary(map)
  }
}
