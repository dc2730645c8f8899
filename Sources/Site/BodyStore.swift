import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Holds the rendered HTML of every page body between parsing and page rendering in a scratch
/// file, not in memory: on a site of 10,000 pages that is over 100 MB the build does not keep.
///
/// The file is created and at once unlinked, so it vanishes when the build ends, whatever way
/// it ends. Thread-safe: bodies are appended and read back from any thread.
final class BodyStore: @unchecked Sendable {
  /// Where one body is in the scratch file.
  struct Handle: Sendable {
    /// Byte offset.
    var offset: Int
    /// Length in bytes.
    var length: Int
  }

  private let descriptor: Int32
  private let lock = NSLock()
  private var end = 0
  private var failed = false

  /// A store whose scratch file is created (and unlinked) in `folder`; nil when it can't be.
  init?(folder: String) {
    var template = Array((folder + "/.pednet-bodies-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.descriptor = descriptor
  }

  /// A store kept in the file at `path` (created when missing), appending after what it
  /// already holds; nil when it can't be opened. The build cache keeps its entries so.
  init?(file path: String) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    end = Int(info.st_size)
  }

  /// The bytes stored so far.
  var size: Int {
    lock.lock()
    defer { lock.unlock() }
    return end
  }

  deinit {
    close(descriptor)
  }

  /// Whether some body could not be written or read back (a full disk, say).
  var hasFailed: Bool {
    lock.lock()
    defer { lock.unlock() }
    return failed
  }

  /// Appends the UTF-8 bytes `html` and returns where they are.
  func store(_ html: [UInt8]) -> Handle {
    html.withUnsafeBufferPointer { bytes in
      let handle = reserve(bytes.count)
      if !Self.transfer(
        bytes.count, at: handle.offset,
        { offset, done in
          pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, offset)
        })
      {
        markFailed()
      }
      return handle
    }
  }

  /// The UTF-8 bytes of the body at `handle`; nil when they can't be read back.
  func html(at handle: Handle) -> [UInt8]? {
    guard handle.length > 0 else { return [] }
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: handle.length) { buffer, count in
      complete = Self.transfer(handle.length, at: handle.offset) { offset, done in
        pread(descriptor, buffer.baseAddress! + done, handle.length - done, offset)
      }
      count = complete ? handle.length : 0
    }
    guard complete else {
      markFailed()
      return nil
    }
    return bytes
  }

  private func reserve(_ length: Int) -> Handle {
    lock.lock()
    defer { lock.unlock() }
    let handle = Handle(offset: end, length: length)
    end += length
    return handle
  }

  private func markFailed() {
    lock.lock()
    failed = true
    lock.unlock()
  }

  /// Runs `step(fileOffset, bytesDone)` until `length` bytes are moved; false on an error
  /// or when the file ends early.
  private static func transfer(
    _ length: Int, at offset: Int, _ step: (off_t, Int) -> Int
  ) -> Bool {
    var done = 0
    while done < length {
      let count = step(off_t(offset + done), done)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      done += count
    }
    return true
  }
}
