/// One use of a name in a template.
public struct TemplateVariableUse: Sendable, Hashable {
  /// The dotted name as written (`page.title`).
  public var name: String
  /// The template's file name.
  public var file: String
  /// 1-based line of the tag.
  public var line: Int
  /// 1-based column of the tag.
  public var column: Int
  /// The names of the sections around the tag, outermost first (inverted sections too).
  public var sections: [String]

  /// Makes a use.
  public init(name: String, file: String, line: Int, column: Int, sections: [String]) {
    self.name = name
    self.file = file
    self.line = line
    self.column = column
    self.sections = sections
  }
}

/// Collects the names templates use.
enum VariableCollector {
  /// Names used by template `start` and every template it includes.
  static func names(from start: Int, in library: TemplateLibrary) -> Set<String> {
    var names: Set<String> = []
    var visited: Set<Int> = [start]
    var pendingTemplates = [start]
    var pendingTrees: [[Node]] = []
    while let index = pendingTemplates.popLast() {
      pendingTrees.append(library.templates[index].nodes)
      while let nodes = pendingTrees.popLast() {
        for node in nodes {
          var included: TemplateReference?
          switch node {
          case .text, .lineStart: break
          case .value(let tag): insert(tag.name, into: &names)
          case .section(let section):
            insert(section.name, into: &names)
            pendingTrees.append(section.body)
          case .partial(let partial): included = partial.target
          case .parent(let parent):
            included = parent.target
            pendingTrees.append(contentsOf: parent.blocks.values)
          case .block(let block): pendingTrees.append(block.body)
          }
          switch included {
          case .known(let next)?:
            if visited.insert(next).inserted { pendingTemplates.append(next) }
          case .dynamic(let name)?: insert(name, into: &names)
          case .missing?, nil: break
          }
        }
      }
    }
    return names
  }

  /// Adds a name unless it is the implicit iterator.
  private static func insert(_ name: Name, into names: inout Set<String>) {
    if !name.parts.isEmpty { names.insert(name.text) }
  }

  /// Uses of names in `nodes`, inside `sections`, in source order.
  static func uses(in nodes: [Node], sections: [String], into uses: inout [TemplateVariableUse]) {
    func add(_ name: Name, _ position: SourcePosition) {
      guard !name.parts.isEmpty else { return }
      uses.append(
        TemplateVariableUse(
          name: name.text, file: position.file, line: position.line, column: position.column,
          sections: sections))
    }
    for node in nodes {
      switch node {
      case .text, .lineStart: break
      case .value(let tag): add(tag.name, tag.position)
      case .section(let section):
        add(section.name, section.position)
        Self.uses(in: section.body, sections: sections + [section.name.text], into: &uses)
      case .partial(let partial):
        if case .dynamic(let name) = partial.target { add(name, partial.position) }
      case .parent(let parent):
        if case .dynamic(let name) = parent.target { add(name, parent.position) }
        for name in parent.blocks.keys.sorted() {
          Self.uses(in: parent.blocks[name] ?? [], sections: sections, into: &uses)
        }
      case .block(let block): Self.uses(in: block.body, sections: sections, into: &uses)
      }
    }
  }
}
