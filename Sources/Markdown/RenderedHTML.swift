/// A page's HTML with holes where link and image destinations go: the page is rendered
/// once, and each call of `Document.renderHTML` only fills the holes.
struct RenderedHTML: Sendable {
  /// Where a destination goes.
  struct Hole: Sendable {
    /// The byte offset in `bytes`.
    var offset: Int
    /// The link's index in the document's links (its `destination` is the one written).
    var link: Int
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
    guard !holes.isEmpty else { return bytes }
    // The destinations first, so that the output is allocated once: a URL's byte becomes at
    // most three (`%XX`); `&` and `'` take more, which the slack per hole covers.
    let urls = holes.map { hole in
      let link = links[hole.link]
      return Self.checked(resolve(link) ?? link.destination, rawHTML: rawHTML)
    }
    let capacity = urls.reduce(bytes.count) { $0 + 3 * $1.utf8.count + 8 }
    var output = HTMLOutput(capacity: capacity)
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      for (hole, url) in zip(holes, urls) {
        output.raw(UnsafeBufferPointer(rebasing: buffer[start..<hole.offset]))
        output.url(url)
        start = hole.offset
      }
      output.raw(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
    return output.bytes
  }

  /// `url`, or nothing for a dangerous scheme when raw HTML is not allowed (as cmark's safe
  /// mode does).
  static func checked(_ url: String, rawHTML: RawHTMLPolicy) -> String {
    rawHTML != .allow && HTMLOutput.isDangerous(url) ? "" : url
  }
}
