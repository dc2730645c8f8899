/// Name resolution against the context stack.
extension Renderer {
  /// Resolves name `index` of `program` per the spec: the first part up the stack, the rest
  /// inside it (a part that is a decimal number also indexes a list: `items.0`).
  ///
  /// The first part is resolved through its own memo slot, shared by every name that starts
  /// with it; a dotted name's memo entry then stands while that part is found on the same,
  /// unchanged level (see `LookupMemo`).
  mutating func lookup(_ index: Int, in program: Program) -> TemplateValue? {
    let name = program.names[index]
    guard name.count > 0 else { return stack[stack.count - 1] }
    guard name.slot >= 0 else { return search(name, of: program, from: stack.count - 1) }
    var level = -1
    guard let head = resolveHead(name, of: program, level: &level) else { return nil }
    if name.count == 1 { return head }
    let slot = name.slot
    if memo.level(of: slot) == level, stack.serial(at: level) <= memo.serial(of: slot) {
      return memo.value(of: slot)
    }
    let value = descend(into: head, name, of: program) ?? .null
    memo.record(slot, serial: stack.serial(at: stack.count - 1), level: level, value: value)
    return value
  }

  /// The value of the first part of `name`, found as a key on the stack, and in `level` the
  /// level where it was found; `nil` when it is nowhere. The memo entry of the part's slot
  /// holds the answer.
  ///
  /// Levels that have not changed since the last lookup of the same part are not searched
  /// again: that lookup's answer stands for them.
  private mutating func resolveHead(
    _ name: Program.NameRecord, of program: Program, level found: inout Int
  ) -> TemplateValue? {
    let slot = name.headSlot
    let key = program.parts[name.first]
    let topSerial = stack.serial(at: stack.count - 1)
    let known = memo.serial(of: slot)
    var level = stack.count - 1
    // Levels changed since the last lookup of this part are searched first; the levels
    // below them, 0...level, are as they were then, so that lookup's answer stands for them
    // unless its level is gone.
    var unchanged = false
    while level >= 0 {
      if !unchanged, stack.serial(at: level) <= known {
        unchanged = true
        let foundLevel = memo.level(of: slot)
        if foundLevel < 0 { break }
        if foundLevel <= level {
          memo.refresh(slot, serial: topSerial)
          found = foundLevel
          return memo.value(of: slot)
        }
      }
      if let value = value(of: key, at: level) {
        memo.record(slot, serial: topSerial, level: level, value: value)
        found = level
        return value
      }
      level -= 1
    }
    memo.recordMiss(slot, serial: topSerial)
    return nil
  }

  /// The value of `key` in the map at `level`, if that is a map with the key.
  @inline(__always)
  private func value(of key: String, at level: Int) -> TemplateValue? {
    guard case .dictionary(let map) = stack[level] else { return nil }
    return Self.value(of: key, in: map)
  }

  /// Resolves `name` searching the stack from `level` down, without the memo.
  private func search(_ name: Program.NameRecord, of program: Program, from level: Int)
    -> TemplateValue?
  {
    var level = level
    while level >= 0 {
      if let value = find(name, of: program, at: level) { return value }
      level -= 1
    }
    return nil
  }

  /// The value of `name` if its first part is a key of the map at `level`: `.null` when a
  /// later part is missing (the search stops there all the same), `nil` when the first is.
  @inline(__always)
  private func find(_ name: Program.NameRecord, of program: Program, at level: Int)
    -> TemplateValue?
  {
    guard case .dictionary(let map) = stack[level],
      let value = Self.value(of: program.parts[name.first], in: map)
    else { return nil }
    return name.count == 1 ? value : descend(into: value, name, of: program) ?? .null
  }

  /// The value of `key` in `map`. A small map is searched key by key, comparing lengths first:
  /// cheaper than hashing the key.
  @inline(__always)
  static func value(of key: String, in map: [String: TemplateValue]) -> TemplateValue? {
    guard map.count <= 8 else { return map[key] }
    let length = key.utf8.count
    var index = map.startIndex
    let end = map.endIndex
    while index != end {
      let candidate = map.keys[index]
      if candidate.utf8.count == length, candidate == key { return map.values[index] }
      map.formIndex(after: &index)
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
        guard let next = Self.value(of: program.parts[part], in: map) else { return nil }
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
