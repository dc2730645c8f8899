/// Numbers shared by all the programs of a template set: a memo slot for each dotted name and
/// for each first part of one (see `LookupMemo`), and an id for each block name, so that
/// rendering compares integers where it would compare or hash strings.
///
/// The same name in two templates gets the same slot, so a lookup in a partial can use what
/// the same lookup in the page template found.
struct NameTable: Sendable {
  /// The memo slot of each name and first part, by its text.
  private var slots: [String: Int] = [:]
  /// The id of each block name.
  private var blocks: [String: Int] = [:]

  /// How many memo slots there are.
  var slotCount: Int { slots.count }

  /// The memo slot of the name or first part `text`, adding it if needed.
  mutating func slot(of text: String) -> Int {
    if let slot = slots[text] { return slot }
    slots[text] = slots.count
    return slots.count - 1
  }

  /// The id of the block name `name`, adding it if needed.
  mutating func block(_ name: String) -> Int {
    if let id = blocks[name] { return id }
    blocks[name] = blocks.count
    return blocks.count - 1
  }
}
