import Text

#if canImport(Glibc)
  import Glibc
#endif

/// Learns of changes to a site's inputs from the kernel (Linux inotify) instead of listing
/// every file again and again. All raw memory of the watcher is in this file: the event
/// buffer is read here and turned into nothing more than "something changed".
///
/// Every folder under the watched roots gets a watch; a folder created later gets one as
/// soon as its creation is seen. Hidden files and editors' backup files are ignored, as the
/// build ignores them.
final class InotifyWatcher: @unchecked Sendable {
  private let descriptor: Int32
  private var folders: [Int32: String] = [:]
  private let fileNames: Set<String>
  private static let mask = UInt32(
    IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
      | IN_DELETE_SELF)

  /// A watcher of every folder under `roots` (missing ones are skipped) and of the files
  /// named `files` in `parent`; nil when the kernel refuses (no inotify, too many watches).
  init?(roots: [String], parent: String, files: [String]) {
    descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
    guard descriptor >= 0 else { return nil }
    fileNames = Set(files)
    guard add(parent, recursive: false) else {
      close(descriptor)
      return nil
    }
    for root in roots where FileSystem.isFolder(root) {
      guard add(root, recursive: true) else {
        close(descriptor)
        return nil
      }
    }
  }

  deinit {
    close(descriptor)
  }

  /// Waits up to `timeout` seconds for a change; true when one came. Changes that follow
  /// within `settle` seconds (an editor saving through a temporary file) are taken with it.
  func waitForChange(timeout: Double, settle: Double = 0.03) -> Bool {
    guard wait(timeout) else { return false }
    var changed = drain()
    while wait(settle) { changed = drain() || changed }
    return changed
  }

  private func wait(_ seconds: Double) -> Bool {
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    let result = poll(&request, 1, Int32(seconds * 1000))
    return result > 0
  }

  /// Reads every queued event; true when one of them concerns an input.
  private func drain() -> Bool {
    var relevant = false
    let size = 64 * 1024
    let buffer = RawMemory.allocateRaw(byteCount: size, alignment: 8)
    defer { buffer.deallocate() }
    while true {
      let count = read(descriptor, buffer, size)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return relevant }
      var offset = 0
      while offset + MemoryLayout<inotify_event>.size <= count {
        let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
        let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
        let name =
          event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
        relevant = handle(event, name: name) || relevant
        offset += MemoryLayout<inotify_event>.size + Int(event.len)
      }
    }
  }

  private func handle(_ event: inotify_event, name: String) -> Bool {
    guard let folder = folders[event.wd] else { return false }
    if event.mask & UInt32(IN_IGNORED) != 0 {
      folders[event.wd] = nil
      return false
    }
    if folder.hasSuffix("\u{0}parent") {
      let parent = String(folder.dropLast(7))
      if BuildKey.inputFolders.contains(name), FileSystem.isFolder(parent + "/" + name) {
        _ = add(parent + "/" + name, recursive: true)
      }
      return fileNames.contains(name)
    }
    if !name.isEmpty && DirectoryWalker.isIgnored(name) { return false }
    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
      _ = add(folder + "/" + name, recursive: true)
    }
    return true
  }

  /// Watches `folder` (and, when `recursive`, every folder under it).
  private func add(_ folder: String, recursive: Bool) -> Bool {
    let watch = inotify_add_watch(descriptor, folder, Self.mask)
    guard watch >= 0 else { return false }
    if folders[watch] != nil { return true }  // reached again through a link: watched already
    folders[watch] = recursive ? folder : folder + "\u{0}parent"
    guard recursive else { return true }
    for name in FileSystem.entries(of: folder) where !DirectoryWalker.isIgnored(name) {
      let child = folder + "/" + name
      if FileSystem.isFolder(child), !add(child, recursive: true) { return false }
    }
    return true
  }
}
