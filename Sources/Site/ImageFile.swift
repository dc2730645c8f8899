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

  /// `bytes` for people: «640 KB», «3.2 MB».
  static func readable(_ bytes: Int) -> String {
    if bytes < 1024 * 1024 { return "\((bytes + 1023) / 1024) KB" }
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
