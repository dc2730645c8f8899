import CMark

/// The anchors repository hosts give headings when they show a Markdown file (GitHub's
/// `#ход-урока`, GitLab's), so that a `#anchor` link works both there and on the site: the
/// page answers to them too (``Heading/aliases``).
enum HostAnchors {
  /// The heading's text as written, before our typography and with a `{#id}` kept: the hosts
  /// slug that text (they show `{#id}` as text).
  static func writtenText(of heading: Node) -> String {
    var bytes: [UInt8] = []
    var walk = TreeWalk(heading)
    while let (node, entering) = walk.next() {
      guard entering else { continue }
      switch node.type {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE: bytes.append(contentsOf: node.literal)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: bytes.append(0x20)
      default: break
      }
    }
    return String(decoding: bytes, as: UTF8.self).trimmingSpaces
  }

  /// Gives each heading the GitHub and GitLab anchors of its written text (numbered for
  /// repeats the way each host does) that differ from every id and earlier alias of the page.
  static func addAliases(to outline: inout [Heading], writtenTexts: [String]) {
    guard writtenTexts.count == outline.count else { return }
    var taken = Set(outline.map(\.id))
    var gitHub = HeadingIDs(slugify: { gitHubSlug($0) })
    var gitLab = HeadingIDs(slugify: { gitLabSlug($0) })
    for index in outline.indices {
      let text = writtenTexts[index]
      let slugs = [gitHubSlug(text), gitLabSlug(text)]
      let aliases = [
        slugs[0].isEmpty ? "" : gitHub.unique(slugs[0]),
        slugs[1].isEmpty ? "" : gitLab.unique(slugs[1]),
      ]
      for alias in aliases where !alias.isEmpty && taken.insert(alias).inserted {
        outline[index].aliases.append(alias)
      }
    }
  }

  /// GitHub's slug: lower-cased; letters, marks, digits, `_`, `-` and spaces kept, every other
  /// character removed; each space becomes `-`.
  static func gitHubSlug(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " {
        result.append("-")
      } else if isWordScalar(scalar) || scalar == "-" {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// GitLab's slug: as GitHub's, with the text trimmed and runs of `-` squeezed into one.
  static func gitLabSlug(_ text: String) -> String {
    let slug = gitHubSlug(text.trimmingSpaces)
    var result = ""
    for character in slug where !(character == "-" && result.last == "-") {
      result.append(character)
    }
    return result
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation:
      return true
    default:
      return false
    }
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var bytes = Array(utf8)[...]
    while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
    while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }
}
