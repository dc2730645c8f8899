/// What our passes know about a node, packed into cmark's per-node user data: a kind, a small
/// detail (a table cell's alignment) and an index into one of the document's side tables.
struct NodeTag: Equatable {
  /// The node kinds the passes create or annotate.
  enum Kind: UInt8 {
    /// A node the passes did not mark.
    case none
    /// A `<table>` (custom block).
    case table
    /// A `<thead>` (custom block).
    case tableHead
    /// A `<tbody>` (custom block).
    case tableBody
    /// A `<tr>` (custom block).
    case tableRow
    /// A `<th>` (custom block); `index` is the cell's source fragment.
    case headerCell
    /// A `<td>` (custom block); `index` is the cell's source fragment.
    case dataCell
    /// A `<del>` (custom inline).
    case strikethrough
    /// A link or image whose reference is being collected; `index` is its entry in the leaf
    /// block's pending links.
    case pendingLink
    /// A block re-parsed from a source fragment; `index` is the fragment.
    case fragment
    /// A heading; `index` is its entry in the outline.
    case heading
    /// A link or image; `index` is its entry in the document's links.
    case link
    /// A paragraph or HTML block written as a video embed; `index` is its embed.
    case videoEmbed
  }

  /// The packed bits (kind in bits 0–7, detail in 8–15, index above).
  let bits: UInt

  init(bits: UInt) { self.bits = bits }

  init(_ kind: Kind, index: Int = 0, detail: UInt8 = 0) {
    bits = UInt(kind.rawValue) | UInt(detail) << 8 | UInt(index) << 16
  }

  var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: bits)) ?? .none }
  var detail: UInt8 { UInt8(truncatingIfNeeded: bits >> 8) }
  var index: Int { Int(bits >> 16) }
}
