import Foundation

/// The width and height written in an image file's header (PNG, JPEG, GIF, WebP, SVG), read
/// byte by byte: a truncated or hostile file gives nil, never a crash or a long read.
struct ImageSize: Equatable, Sendable {
  /// Pixels across.
  let width: Int
  /// Pixels down.
  let height: Int

  /// The size in `header` (the file's first bytes; 64 KB find a JPEG's frame in practice).
  static func read(_ header: [UInt8]) -> ImageSize? {
    let size: ImageSize?
    if header.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      size = png(header)
    } else if header.starts(with: [0xFF, 0xD8]) {
      size = jpeg(header)
    } else if header.starts(with: Array("GIF8".utf8)) {
      size = header.count >= 10 ? ImageSize(width: le16(header, 6), height: le16(header, 8)) : nil
    } else if header.count >= 30, header.starts(with: Array("RIFF".utf8)),
      Array(header[8..<12]) == Array("WEBP".utf8)
    {
      size = webp(header)
    } else {
      size = svg(header)
    }
    guard let size, size.width > 0, size.height > 0 else { return nil }
    return size
  }

  /// The size of the file at `path`, reading at most 64 KB of it.
  static func read(path: String) -> ImageSize? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 65536) else { return nil }
    return read([UInt8](data))
  }

  private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
  private static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
  private static func be32(_ b: [UInt8], _ i: Int) -> Int { be16(b, i) << 16 | be16(b, i + 2) }

  private static func png(_ b: [UInt8]) -> ImageSize? {
    guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
    return ImageSize(width: be32(b, 16), height: be32(b, 20))
  }

  /// Walks the JPEG segments up to a start-of-frame marker.
  private static func jpeg(_ b: [UInt8]) -> ImageSize? {
    var index = 2
    while index + 9 < b.count {
      guard b[index] == 0xFF else { return nil }
      let marker = b[index + 1]
      if marker == 0xFF {
        index += 1
        continue
      }
      if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
        index += 2
        continue
      }
      let length = be16(b, index + 2)
      guard length >= 2 else { return nil }
      let frames: ClosedRange<UInt8> = 0xC0...0xCF
      if frames.contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
        return ImageSize(width: be16(b, index + 7), height: be16(b, index + 5))
      }
      index += 2 + length
    }
    return nil
  }

  private static func webp(_ b: [UInt8]) -> ImageSize? {
    let chunk = String(decoding: b[12..<16], as: UTF8.self)
    switch chunk {
    case "VP8 ":
      return ImageSize(width: le16(b, 26) & 0x3FFF, height: le16(b, 28) & 0x3FFF)
    case "VP8L":
      let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
      return ImageSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
    case "VP8X":
      let width = Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16
      let height = Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16
      return ImageSize(width: width + 1, height: height + 1)
    default:
      return nil
    }
  }

  /// `width` and `height` of the `<svg>` element in pixels, else its `viewBox`.
  private static func svg(_ b: [UInt8]) -> ImageSize? {
    let text = String(decoding: b.prefix(4096), as: UTF8.self)
    guard let open = text.range(of: "<svg") else { return nil }
    let tag = text[open.upperBound...].prefix { $0 != ">" }
    func attribute(_ name: String) -> String? {
      guard let found = tag.range(of: " " + name + "=") ?? tag.range(of: "\n" + name + "="),
        let quote = tag[found.upperBound...].first, quote == "\"" || quote == "'"
      else { return nil }
      let value = tag[tag.index(after: found.upperBound)...].prefix { $0 != quote }
      return String(value)
    }
    func pixels(_ value: String?) -> Int? {
      guard var value = value?.trimmingCharacters(in: .whitespaces) else { return nil }
      if value.hasSuffix("px") { value.removeLast(2) }
      return Double(value).map { Int($0.rounded()) }
    }
    if let width = pixels(attribute("width")), let height = pixels(attribute("height")) {
      return ImageSize(width: width, height: height)
    }
    let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap {
      Double($0)
    }
    guard let box, box.count == 4 else { return nil }
    return ImageSize(width: Int(box[2].rounded()), height: Int(box[3].rounded()))
  }
}
