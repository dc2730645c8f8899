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
    // The escaped destinations first, so that the output is allocated once at its size and
    // written in place.
    let urls = holes.map { hole in
      let link = links[hole.link]
      var output = HTMLOutput(capacity: 64)
      output.url(Self.checked(resolve(link) ?? link.destination, rawHTML: rawHTML))
      return output.bytes
    }
    let total = urls.reduce(bytes.count) { $0 + $1.count }
    return Array(unsafeUninitializedCapacity: total) { target, initialized in
      var written = 0
      func write(_ piece: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: target[written..<written + piece.count])
          .initialize(fromContentsOf: piece)
        written += piece.count
      }
      bytes.withUnsafeBufferPointer { buffer in
        var start = 0
        for (hole, url) in zip(holes, urls) {
          write(UnsafeBufferPointer(rebasing: buffer[start..<hole.offset]))
          url.withUnsafeBufferPointer { write($0) }
          start = hole.offset
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
