import Text

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX file operations the build needs, without Foundation's per-file fsync.
enum FileSystem {
  /// Whether `path` exists (following links), and whether it is a folder.
  static func exists(_ path: String, isFolder: inout Bool) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
    return true
  }

  /// Whether `path` exists.
  static func exists(_ path: String) -> Bool {
    var isFolder = false
    return exists(path, isFolder: &isFolder)
  }

  /// Whether `path` is a folder.
  static func isFolder(_ path: String) -> Bool {
    var isFolder = false
    return exists(path, isFolder: &isFolder) && isFolder
  }

  /// Size of a file in bytes, or nil.
  static func size(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// The whole file, or nil when it can't be read.
  static func read(_ path: String) -> [UInt8]? {
    readStamped(path)?.bytes
  }

  /// The whole file (or all of it after its first `offset` bytes) and its stamp taken when
  /// it was opened, or nil when it can't be read.
  static func readStamped(_ path: String, skipping offset: Int = 0)
    -> (bytes: [UInt8], stamp: FileStamp)?
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    let stamp = fstat(descriptor, &info) == 0 ? FileStamp(info) : FileStamp()
    if offset > 0 && lseek(descriptor, off_t(offset), SEEK_SET) < 0 { return nil }
    guard let bytes = readToEnd(descriptor, expected: max(stamp.size - offset, 0)) else {
      return nil
    }
    return (bytes, stamp)
  }

  /// Everything left to read from `descriptor`, in a buffer sized for `expected` bytes (one
  /// more, to see the end in one call) and grown when the file turns out longer.
  private static func readToEnd(_ descriptor: Int32, expected: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var capacity = expected + 1
    while true {
      var failed = false
      let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
        initialized = 0
        while initialized < buffer.count {
          let count = Glibc.read(
            descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
          if count < 0 && errno == EINTR { continue }
          if count < 0 { failed = true }
          if count <= 0 { break }
          initialized += count
        }
      }
      if failed { return nil }
      bytes += chunk
      if chunk.count < capacity { return bytes }
      capacity = max(bytes.count, 4096)
    }
  }

  /// Writes a file with plain `open`/`write`/`close` (no fsync); false on failure.
  static func write(_ bytes: [UInt8], to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += count
    }
    return true
  }

  /// Creates a folder and its parents; true when it exists afterwards.
  static func makeFolders(_ path: String) -> Bool {
    if mkdir(path, 0o755) == 0 { return true }
    if errno == EEXIST { return isFolder(path) }
    guard errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")),
      slash != path.utf8.startIndex
    else { return isFolder(path) }
    guard makeFolders(String(path[..<slash])) else { return false }
    return mkdir(path, 0o755) == 0 || isFolder(path)
  }

  /// Removes a file or a whole folder tree.
  static func remove(_ path: String) {
    guard isRealFolder(path) else {
      unlink(path)
      return
    }
    for name in entries(of: path) { remove(path + "/" + name) }
    rmdir(path)
  }

  /// Removes a whole folder tree on all cores: the folders two levels down are emptied in
  /// parallel (a built site has its files spread over many such folders).
  static func removeInParallel(_ path: String) {
    guard isRealFolder(path) else { return remove(path) }
    let children = entries(of: path).map { path + "/" + $0 }
    let grandchildren = children.flatMap { child in
      isRealFolder(child) ? entries(of: child).map { child + "/" + $0 } : [child]
    }
    _ = Parallel.map(grandchildren) { entry -> Bool in
      remove(entry)
      return true
    }
    remove(path)
  }

  /// Whether `path` is a folder itself (not a link to one).
  private static func isRealFolder(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names in a folder, without `.` and `..`.
  static func entries(of folder: String) -> [String] {
    guard let handle = opendir(folder) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = entryName(entry)
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// The name of a `readdir` entry, read in place: the record `readdir` returns is only as
  /// long as its name needs, so copying the whole `dirent` out of it reads past its end (found
  /// by AddressSanitizer).
  static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
  }

  /// Renames atomically; false on failure.
  static func rename(_ from: String, to: String) -> Bool {
    Glibc.rename(from, to) == 0
  }
}

/// What tells a file's versions apart without reading it: device, inode, size and the time
/// of the last change to the nanosecond (as `make` and editors do).
struct FileStamp: Equatable, Sendable {
  var device: UInt64 = 0
  var inode: UInt64 = 0
  var size = -1
  var modifiedSeconds = 0
  var modifiedNanoseconds = 0

  /// No stamp (a file that could not be examined); equal to no real file's stamp.
  init() {}

  /// The stamp of a file examined with `stat`.
  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int(info.st_size)
    modifiedSeconds = Int(info.st_mtim.tv_sec)
    modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
  }
}
