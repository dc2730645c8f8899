/// A page's HTML with holes where link and image destinations go: the page is rendered
/// once, and each call of `Document.renderHTML` only fills the holes.
struct RenderedHTML: Sendable {
  /// Where a destination goes, and the markup around the link's text (which a link shown
  /// as text loses).
  struct Hole: Sendable {
    /// The byte offset in `bytes`.
    var offset: Int
    /// The link's index in the document's links (its `destination` is the one written).
    var link: Int
    /// The opening markup: `<a href="…">`, or an image's `<img src="…" alt="`.
    var opening: Range<Int>
    /// The closing markup: `</a>`, or an image's `" />` with its title.
    var closing: Range<Int>
  }

  /// The HTML around the holes.
  let bytes: [UInt8]
  /// The holes, in order.
  let holes: [Hole]
  /// The raw-HTML policy (it decides about `javascript:` destinations).
  let rawHTML: RawHTMLPolicy

  /// The HTML with each hole filled with `resolve`'s destination for its link, or the one
  /// written.
  func assemble(links: [LinkReference], resolve: (LinkReference) -> String?) -> String {
    String(decoding: assembleBytes(links: links, resolve: resolve), as: UTF8.self)
  }

  /// As ``assemble(links:resolve:)``, as UTF-8 bytes.
  func assembleBytes(links: [LinkReference], resolve: (LinkReference) -> String?) -> [UInt8] {
    assembleBytes(links: links) { link in resolve(link).map { .destination($0) } ?? .written }
  }

  /// The HTML with each link written as `output` says: with a destination, or as text.
  func assembleBytes(links: [LinkReference], output: (LinkReference) -> LinkOutput) -> [UInt8] {
    guard !holes.isEmpty else { return bytes }
    // Each change is a range of `bytes` replaced with new bytes; they never overlap and are
    // made in order, so that the output is allocated once at its size and written in place.
    var edits: [(range: Range<Int>, bytes: [UInt8])] = []
    edits.reserveCapacity(holes.count)
    for hole in holes {
      let link = links[hole.link]
      let destination: String
      switch output(link) {
      case .text:
        edits.append((hole.opening, []))
        edits.append((hole.closing, []))
        continue
      case .written: destination = link.destination
      case .destination(let resolved): destination = resolved
      case .image(let resolved, let width, let height):
        destination = resolved
        // After the `"` that ends `alt`: the closing markup starts with it.
        if link.isImage, !hole.closing.isEmpty {
          let at = hole.closing.lowerBound + 1
          edits.append((at..<at, Array(" width=\"\(width)\" height=\"\(height)\"".utf8)))
        }
      }
      var url = HTMLOutput(capacity: 64)
      url.url(Self.checked(destination, rawHTML: rawHTML))
      edits.append((hole.offset..<hole.offset, url.bytes))
    }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    let total = edits.reduce(bytes.count) { $0 + $1.bytes.count - $1.range.count }
    return Array(unsafeUninitializedCapacity: total) { target, initialized in
      var written = 0
      func write(_ piece: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: target[written..<written + piece.count])
          .initialize(fromContentsOf: piece)
        written += piece.count
      }
      bytes.withUnsafeBufferPointer { buffer in
        var start = 0
        for edit in edits {
          write(UnsafeBufferPointer(rebasing: buffer[start..<edit.range.lowerBound]))
          edit.bytes.withUnsafeBufferPointer { write($0) }
          start = edit.range.upperBound
        }
        write(UnsafeBufferPointer(rebasing: buffer[start...]))
      }
      initialized = written
    }
  }

  /// `url`, or nothing for a dangerous scheme when raw HTML is not allowed (as cmark's safe
  /// mode does).
  static func checked(_ url: String, rawHTML: RawHTMLPolicy) -> String {
    rawHTML != .allow && HTMLOutput.isDangerous(url) ? "" : url
  }
}
