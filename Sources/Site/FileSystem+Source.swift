#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the site's sources safely: where a link really leads, and reading only regular
/// files of a bounded size (a page linked to `/dev/zero` once grew to 12 GB; a pipe blocks
/// a plain `open` forever).
extension FileSystem {
  /// `path` with every link resolved, or nil (with `errno` set) when it leads nowhere.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// What a symbolic link says, as written, or nil when `path` is no link.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4097)
    let count = readlink(path, &buffer, 4096)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// What reading a source file gave.
  enum SourceRead {
    /// The bytes and the file's stamp.
    case bytes([UInt8], FileStamp)
    /// The file could not be opened or read; the system's words for why.
    case unreadable(String)
    /// Not a regular file (a pipe, a socket, a device, a folder).
    case notRegular
    /// Larger than the limit: its size in bytes.
    case tooLarge(Int)
  }

  /// Reads the regular file at `path` if it holds at most `limit` bytes. The file is opened
  /// without blocking, so a pipe named like a page is reported, not waited on.
  static func readSource(_ path: String, limit: Int) -> SourceRead {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return .unreadable(String(cString: strerror(errno))) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      return .unreadable(String(cString: strerror(errno)))
    }
    close(descriptor)
    guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
    guard Int(info.st_size) <= limit else { return .tooLarge(Int(info.st_size)) }
    guard let (bytes, stamp) = readStamped(path) else {
      return .unreadable(String(cString: strerror(errno)))
    }
    // A file that grew after it was measured is still held to the limit.
    guard bytes.count <= limit else { return .tooLarge(bytes.count) }
    return .bytes(bytes, stamp)
  }

  /// Megabytes, for messages: `52.4`.
  static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10)"
  }
}
