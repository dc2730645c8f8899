import CMark
import Text

/// One text node of a leaf block while the inline passes look at it, with the changes they
/// decide on (applied together at the end, so that every pass sees cmark's original text).
struct TextItem {
  /// A change to part of the literal.
  enum Edit {
    /// New bytes for the range.
    case replace([UInt8])
    /// The range becomes a link to `href`; `pending` is its entry in the pending links.
    case link(href: String, pending: Int)
    /// The range is a `~` run of strikethrough pair `pair`.
    case delimiter(pair: Int, isOpener: Bool)
  }

  /// Which passes may have something to do in a text.
  struct Features: OptionSet {
    let rawValue: UInt8
    /// `@`, `://` or `www.`: an autolink may be there.
    static let links = Features(rawValue: 1)
    /// `~`: strikethrough may be there.
    static let tildes = Features(rawValue: 2)
    /// `"` or `--`: Russian typography may apply.
    static let typography = Features(rawValue: 4)

    /// The features of `bytes`, found in one pass (`typography` only when `russian`).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, russian: Bool) -> Features {
      var found: Features = []
      let count = bytes.count
      var index = 0
      while index < count {
        if index + 8 <= count {
          let next = firstMark(in: ByteSearch.load(bytes, at: index), russian: russian)
          guard next < 8 else {
            index += 8
            continue
          }
          index += next
        }
        found.formUnion(at(index, in: bytes, russian: russian))
        index += 1
      }
      return found
    }

    /// The offset in `word` of its first byte that may start a feature (`"` and `-` only
    /// when `russian`); 8 when there is none.
    @inline(__always)
    private static func firstMark(in word: UInt64, russian: Bool) -> Int {
      // Only `"`, `-`, `:`, `@`, `w` and `~` matter; they all lie in 0x22...0x7E, and most
      // words of Russian text have no byte there.
      guard ByteSearch.rangeFlags(word, 0x22, 0x7E) != 0 else { return 8 }
      var flags =
        ByteSearch.equalFlags(word, UInt8(ascii: "@"))
        | ByteSearch.equalFlags(word, UInt8(ascii: ":"))
        | ByteSearch.equalFlags(word, UInt8(ascii: "w"))
        | ByteSearch.equalFlags(word, UInt8(ascii: "~"))
      if russian {
        flags |=
          ByteSearch.equalFlags(word, UInt8(ascii: "\""))
          | ByteSearch.equalFlags(word, UInt8(ascii: "-"))
      }
      return flags == 0 ? 8 : ByteSearch.firstFlagged(flags)
    }

    /// The feature the byte at `index` starts, if any.
    @inline(__always)
    private static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, russian: Bool)
      -> Features
    {
      let count = bytes.count
      switch bytes[index] {
      case UInt8(ascii: "@"):
        return .links
      case UInt8(ascii: ":"):
        if index + 2 < count && bytes[index + 1] == UInt8(ascii: "/")
          && bytes[index + 2] == UInt8(ascii: "/")
        {
          return .links
        }
      case UInt8(ascii: "w"):
        if index + 3 < count && bytes[index + 1] == UInt8(ascii: "w")
          && bytes[index + 2] == UInt8(ascii: "w")
          && bytes[index + 3] == UInt8(ascii: ".")
        {
          return .links
        }
      case UInt8(ascii: "~"):
        return .tildes
      case UInt8(ascii: "\""):
        if russian { return .typography }
      case UInt8(ascii: "-"):
        if russian && index + 1 < count && bytes[index + 1] == UInt8(ascii: "-") {
          return .typography
        }
      default:
        break
      }
      return []
    }
  }

  /// The text node.
  let node: Node
  /// Its parent (strikethrough pairs only form between siblings).
  let parent: Node
  /// Whether it is inside a link or an image (no autolinks there).
  let inLink: Bool
  /// Its literal (valid until the edits are applied).
  let bytes: UnsafeBufferPointer<UInt8>
  /// What the passes may find in it.
  let features: Features
  /// The changes, by range.
  var edits: [(range: Range<Int>, edit: Edit)] = []
  /// The ranges that became links (no other pass touches them).
  var links: [Range<Int>] = []
  /// The literal aligned with its source, once computed (nil inside: literal equals source
  /// or could not be aligned).
  var alignment: LiteralAlignment??
  /// The node's source bytes, once computed.
  var span: Range<Int>?
  /// The correction of cmark's position for this node.
  var fix = BreakCorrection()

  init(
    node: Node, parent: Node, inLink: Bool, bytes: UnsafeBufferPointer<UInt8>, features: Features
  ) {
    self.node = node
    self.parent = parent
    self.inLink = inLink
    self.bytes = bytes
    self.features = features
  }

  /// Whether `offset` lies inside a link the autolink pass made.
  func isInLink(_ offset: Int) -> Bool { links.contains { $0.contains(offset) } }

  /// Whether the byte at `offset` came from a backslash escape or an entity.
  func isProtected(_ offset: Int) -> Bool {
    guard case .some(.some(let alignment)) = alignment else { return false }
    return alignment.isProtected[offset]
  }

  /// The nodes that replace this one once the edits are applied; `delimiters` receives the
  /// nodes of `~` runs by pair. Nil when only `replace` edits: the literal is changed in place.
  func applied(delimiters: inout [Int: (opener: Node?, closer: Node?)]) -> [Node]? {
    let inOrder = zip(edits, edits.dropFirst()).allSatisfy {
      $0.range.lowerBound <= $1.range.lowerBound
    }
    let sorted = inOrder ? edits : edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count + 16)
    var nodes: [Node] = []
    var cursor = 0
    var inPlace = true
    for (range, edit) in sorted where range.lowerBound >= cursor {
      text += UnsafeBufferPointer(rebasing: bytes[cursor..<range.lowerBound])
      cursor = range.upperBound
      switch edit {
      case .replace(let replacement):
        text += replacement
      case .link(let href, let pending):
        if inPlace { nodes.reserveCapacity(2 * sorted.count + 1) }
        inPlace = false
        if !text.isEmpty { nodes.append(Node.text(text)) }
        text = []
        let link = Node.make(CMARK_NODE_LINK)
        link.setURL(href)
        link.append(Node.text(UnsafeBufferPointer(rebasing: bytes[range])))
        link.tag = NodeTag(.pendingLink, index: pending)
        nodes.append(link)
      case .delimiter(let pair, let isOpener):
        if inPlace { nodes.reserveCapacity(2 * sorted.count + 1) }
        inPlace = false
        if !text.isEmpty { nodes.append(Node.text(text)) }
        text = []
        let delimiter = Node.text(UnsafeBufferPointer(rebasing: bytes[range]))
        var entry = delimiters[pair] ?? (nil, nil)
        if isOpener { entry.opener = delimiter } else { entry.closer = delimiter }
        delimiters[pair] = entry
        nodes.append(delimiter)
      }
    }
    text += UnsafeBufferPointer(rebasing: bytes[cursor...])
    if inPlace {
      node.setLiteral(text)
      return nil
    }
    if !text.isEmpty { nodes.append(Node.text(text)) }
    return nodes
  }
}
