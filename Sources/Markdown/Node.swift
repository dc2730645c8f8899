import CMark
import Foundation

/// A borrowed handle on one node of a libcmark tree, with the few operations the passes need.
///
/// The tree owns its nodes; a `Node` is only valid while the tree exists and the node has not
/// been freed.
struct Node: Hashable {
  /// The `cmark_node *`.
  let raw: OpaquePointer

  init(_ raw: OpaquePointer) { self.raw = raw }

  init?(_ raw: OpaquePointer?) {
    guard let raw else { return nil }
    self.raw = raw
  }

  /// A new, unlinked node of `type` (default allocator, like the parser's nodes).
  static func make(_ type: cmark_node_type) -> Node {
    // libcmark's allocator aborts the process rather than return NULL.
    guard let raw = cmark_node_new(type) else {
      preconditionFailure("libcmark could not allocate a node")
    }
    return Node(raw)
  }

  /// A new text node holding `bytes`.
  static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> Node {
    let node = make(CMARK_NODE_TEXT)
    node.setLiteral(bytes)
    return node
  }

  /// A new text node holding `bytes`.
  static func text(_ bytes: [UInt8]) -> Node {
    bytes.withUnsafeBufferPointer { text($0) }
  }

  var type: cmark_node_type { cmark_node_get_type(raw) }
  var parent: Node? { Node(cmark_node_parent(raw)) }
  var firstChild: Node? { Node(cmark_node_first_child(raw)) }
  var next: Node? { Node(cmark_node_next(raw)) }
  var previous: Node? { Node(cmark_node_previous(raw)) }

  /// The children, first to last (read before the list is changed).
  var children: [Node] {
    var result: [Node] = []
    var child = firstChild
    while let current = child {
      result.append(current)
      child = current.next
    }
    return result
  }

  var startLine: Int { Int(cmark_node_get_start_line(raw)) }
  var startColumn: Int { Int(cmark_node_get_start_column(raw)) }
  var endLine: Int { Int(cmark_node_get_end_line(raw)) }
  var endColumn: Int { Int(cmark_node_get_end_column(raw)) }

  /// The literal's bytes (text, code, HTML), empty when there is none. Valid until the literal
  /// is changed or the node freed.
  var literal: UnsafeBufferPointer<UInt8> {
    guard let pointer = cmark_node_get_literal(raw) else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: 1) {
      UnsafeBufferPointer(start: $0, count: strlen(pointer))
    }
  }

  /// Replaces the literal with `bytes`.
  func setLiteral(_ bytes: UnsafeBufferPointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
      bytes.withMemoryRebound(to: CChar.self) { source in
        _ = buffer.initialize(fromContentsOf: source)
      }
      buffer[bytes.count] = 0
      _ = cmark_node_set_literal(raw, buffer.baseAddress)
    }
  }

  /// Replaces the literal with `bytes`.
  func setLiteral(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { setLiteral($0) }
  }

  /// The link or image destination.
  var url: String {
    guard let pointer = cmark_node_get_url(raw) else { return "" }
    return String(cString: pointer)
  }

  /// Sets the link or image destination (a native string lends its own NUL-terminated bytes).
  func setURL(_ url: String) { _ = url.withCString { cmark_node_set_url(raw, $0) } }

  /// The link or image title, nil when empty.
  var title: String? {
    guard let pointer = cmark_node_get_title(raw), pointer.pointee != 0 else { return nil }
    return String(cString: pointer)
  }

  var headingLevel: Int { Int(cmark_node_get_heading_level(raw)) }

  /// The kind and index the passes attach to a node (stored in cmark's user data).
  var tag: NodeTag {
    get { NodeTag(bits: UInt(bitPattern: cmark_node_get_user_data(raw))) }
    nonmutating set {
      _ = cmark_node_set_user_data(raw, UnsafeMutableRawPointer(bitPattern: newValue.bits))
    }
  }

  func insertBefore(_ sibling: Node) { _ = cmark_node_insert_before(raw, sibling.raw) }
  func append(_ child: Node) { _ = cmark_node_append_child(raw, child.raw) }
  func unlink() { cmark_node_unlink(raw) }

  /// Unlinks and frees the node with its descendants.
  func free() { cmark_node_free(raw) }
}
