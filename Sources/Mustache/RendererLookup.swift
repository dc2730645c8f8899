/// Name resolution against the context stack.
extension Renderer {
  /// Resolves name `index` of `program` per the spec: the first part up the stack, the rest
  /// inside it (a part that is a decimal number also indexes a list: `items.0`).
  func lookup(_ index: Int, in program: Program) -> TemplateValue? {
    let name = program.names[index]
    guard name.count > 0 else { return stack[stack.count - 1] }
    let key = program.parts[name.first]
    var level = stack.count - 1
    while level >= 0 {
      if case .dictionary(let map) = stack[level], let value = map[key] {
        return name.count == 1 ? value : descend(into: value, name, of: program)
      }
      level -= 1
    }
    return nil
  }

  /// The value of the parts after the first of `name`, inside `start`.
  private func descend(
    into start: TemplateValue, _ name: Program.NameRecord, of program: Program
  ) -> TemplateValue? {
    var value = start
    for part in name.first + 1..<name.first + name.count {
      switch value {
      case .dictionary(let map):
        guard let next = map[program.parts[part]] else { return nil }
        value = next
      case .array(let items):
        let index = program.partIndexes[part]
        guard index >= 0, index < items.count else { return nil }
        value = items[index]
      default:
        return nil
      }
    }
    return value
  }
}
