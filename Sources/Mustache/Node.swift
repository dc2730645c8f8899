/// One piece of a compiled template.
enum Node: Sendable {
  /// Literal bytes.
  case text([UInt8])
  /// The start of a template line: the indentation of standalone partials goes here.
  case lineStart
  /// `{{name}}`, `{{{name}}}`, `{{& name}}`.
  case value(ValueNode)
  /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
  case section(SectionNode)
  /// `{{> name}}`, `{{>*name}}`.
  case partial(PartialNode)
  /// `{{< name}}…{{/name}}`.
  case parent(ParentNode)
  /// `{{$ name}}…{{/name}}`.
  case block(BlockNode)
}

/// A name as written in a tag: `.` or dot-separated parts.
struct Name: Sendable, Hashable {
  /// The name as written.
  let text: String
  /// The parts between dots; empty for the implicit iterator `.`.
  let parts: [String]
  /// For each part, its value as a list index (`items.0`) if it is a decimal number.
  let indexes: [Int?]

  /// Splits a (validated) name.
  init(_ text: String) {
    self.text = text
    parts =
      text == "."
      ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    indexes = parts.map { part in
      part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ? Int(part) : nil
    }
  }
}

/// An interpolation tag.
final class ValueNode: Sendable {
  /// What to look up.
  let name: Name
  /// Whether to HTML-escape.
  let escaped: Bool
  /// Where the tag is.
  let position: SourcePosition

  init(name: Name, escaped: Bool, position: SourcePosition) {
    self.name = name
    self.escaped = escaped
    self.position = position
  }
}

/// A section or inverted section.
final class SectionNode: Sendable {
  /// The body's unprocessed text (what a lambda gets).
  var sourceText: String {
    String(decoding: source[sourceRange], as: UTF8.self)
  }

  /// What to look up.
  let name: Name
  /// Whether this is `{{^name}}`.
  let inverted: Bool
  /// The compiled body.
  let body: [Node]
  /// The template's source (shared by its sections), for lambdas.
  let source: [UInt8]
  /// Where the body's unprocessed text is in `source`.
  let sourceRange: Range<Int>
  /// The delimiters in force at the opening tag, for lambdas.
  let delimiters: Delimiters
  /// Where the opening tag is.
  let position: SourcePosition

  init(
    name: Name, inverted: Bool, body: [Node], source: [UInt8], sourceRange: Range<Int>,
    delimiters: Delimiters, position: SourcePosition
  ) {
    self.name = name
    self.inverted = inverted
    self.body = body
    self.source = source
    self.sourceRange = sourceRange
    self.delimiters = delimiters
    self.position = position
  }
}

/// Which template a partial or parent tag names.
enum TemplateReference: Sendable {
  /// A template of the set, by index.
  case known(Int)
  /// A name looked up in the context at render time (`{{>*name}}`).
  case dynamic(Name)
  /// A name that is not in the set (renders nothing).
  case missing(String)
}

/// A partial tag.
final class PartialNode: Sendable {
  /// The template to render.
  let target: TemplateReference
  /// For a standalone tag, the indentation added to each line; `nil` for an inline tag.
  let indentation: [UInt8]?
  /// Where the tag is.
  let position: SourcePosition

  init(target: TemplateReference, indentation: [UInt8]?, position: SourcePosition) {
    self.target = target
    self.indentation = indentation
    self.position = position
  }
}

/// A parent tag with the blocks it overrides.
final class ParentNode: Sendable {
  /// The template to render.
  let target: TemplateReference
  /// For a standalone tag, the indentation added to each line; `nil` for an inline tag.
  let indentation: [UInt8]?
  /// The bodies of the blocks given inside the tag, by block name.
  let blocks: [String: [Node]]
  /// Where the tag is.
  let position: SourcePosition

  init(
    target: TemplateReference, indentation: [UInt8]?, blocks: [String: [Node]],
    position: SourcePosition
  ) {
    self.target = target
    self.indentation = indentation
    self.blocks = blocks
    self.position = position
  }
}

/// A block: a place a child template can fill.
final class BlockNode: Sendable {
  /// The block's name.
  let name: String
  /// The default body.
  let body: [Node]
  /// For a standalone block, the indentation of its body's lines; `nil` inline.
  let indentation: [UInt8]?
  /// Where the tag is.
  let position: SourcePosition

  init(name: String, body: [Node], indentation: [UInt8]?, position: SourcePosition) {
    self.name = name
    self.body = body
    self.indentation = indentation
    self.position = position
  }
}

extension Node {
  /// Where the node's tag is; text and line starts have no place of their own.
  var position: SourcePosition {
    switch self {
    case .text, .lineStart: return SourcePosition(file: "", line: 0, column: 0)
    case .value(let tag): return tag.position
    case .section(let section): return section.position
    case .partial(let partial): return partial.position
    case .parent(let parent): return parent.position
    case .block(let block): return block.position
    }
  }
}
