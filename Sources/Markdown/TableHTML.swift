/// The tags of our table nodes (custom blocks), in cmark-gfm's layout.
enum TableHTML {
  /// Writes the opening or closing tag of the table part `tag` names.
  /// With `webPage`, the table is focusable and cells are aligned with `style`.
  static func write(_ tag: NodeTag, entering: Bool, webPage: Bool, _ output: inout HTMLOutput) {
    switch tag.kind {
    case .table:
      output.newline()
      let opening = webPage ? "<table tabindex=\"0\">\n" : "<table>\n"
      output.raw((entering ? opening : "</table>\n").utf8)
    case .tableHead:
      output.raw(entering ? "<thead>\n" : "</thead>\n")
    case .tableBody:
      output.raw(entering ? "<tbody>\n" : "</tbody>\n")
    case .tableRow:
      output.raw(entering ? "<tr>\n" : "</tr>\n")
    case .headerCell, .dataCell:
      let header = tag.kind == .headerCell
      guard entering else {
        output.raw(header ? "</th>\n" : "</td>\n")
        return
      }
      output.raw(header ? "<th" : "<td")
      let alignment = TableAlignment(rawValue: tag.detail) ?? TableAlignment.none
      if let name = alignment.staticName {
        output.raw(webPage ? " style=\"text-align: " : " align=\"")
        output.raw(name)
        output.raw("\"")
      }
      output.raw(">")
    default:
      break
    }
  }
}

extension TableAlignment {
  /// `left`, `center` or `right`; nil when the column has no alignment.
  var cssName: String? {
    switch self {
    case .left: return "left"
    case .center: return "center"
    case .right: return "right"
    case .none: return nil
    }
  }

  /// ``cssName`` as a static string, to be written without building a `String`.
  var staticName: StaticString? {
    switch self {
    case .left: return "left"
    case .center: return "center"
    case .right: return "right"
    case .none: return nil
    }
  }
}
