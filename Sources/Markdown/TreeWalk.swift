import CMark

/// Walks a cmark subtree in document order with the events of `cmark_iter` (containers are
/// entered and exited, leaves only entered), without allocating an iterator.
///
/// The step after a node is found when it is asked for, so the tree may change under a node
/// whose children are then skipped with ``skipChildren(of:)``.
struct TreeWalk {
  /// The node the walk starts and ends at.
  let root: Node
  private var current: Node?
  private var entering = true
  private var started = false

  /// A walk over `root` and its descendants.
  init(_ root: Node) { self.root = root }

  /// The next node and whether it is being entered; nil when the walk is over.
  mutating func next() -> (node: Node, entering: Bool)? {
    guard started else {
      started = true
      current = root
      return (root, true)
    }
    guard let node = current else { return nil }
    if entering && !Self.isLeaf(node.type) {
      if let child = node.firstChild {
        current = child
        return (child, true)
      }
      entering = false
      return (node, false)
    }
    if node == root {
      current = nil
      return nil
    }
    if let sibling = node.next {
      current = sibling
      entering = true
      return (sibling, true)
    }
    guard let parent = node.parent else {
      current = nil
      return nil
    }
    current = parent
    entering = false
    return (parent, false)
  }

  /// Goes on after `node` as if it had just been exited (its children are not visited), like
  /// `cmark_iter_reset(…, CMARK_EVENT_EXIT)`.
  mutating func skipChildren(of node: Node) {
    started = true
    current = node
    entering = false
  }

  /// Whether cmark's iterator gives nodes of `type` no exit event.
  static func isLeaf(_ type: cmark_node_type) -> Bool {
    switch type {
    case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
      CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
      return true
    default:
      return false
    }
  }
}
