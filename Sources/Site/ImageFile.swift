/// An image file under `content/`: how heavy it is and how large it is drawn.
struct ImageFile: Sendable, Equatable {
  /// Size of the file in bytes.
  var bytes: Int
  /// Width and height from its header; nil when the header can't be read.
  var pixels: ImageSize?

  /// The file extensions read as images (lower case).
  static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

  /// Whether `path` names an image by its extension (in any case).
  static func isImage(_ path: String) -> Bool {
    guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
    let ext = path[path.index(after: dot)...].lowercased()
    return extensions.contains(ext)
  }

  /// The image at `absolutePath` whose size is `bytes`: its header read for the pixels.
  static func read(absolutePath: String, bytes: Int) -> ImageFile {
    ImageFile(bytes: bytes, pixels: ImageSize.read(path: absolutePath))
  }

  /// `bytes` in whole kilobytes, rounded up: the unit of `max_image_kb`, so that a message
  /// compares like with like and its unit is a word of the message's own language.
  static func kilobytes(_ bytes: Int) -> Int {
    (bytes + 1023) / 1024
  }
}
