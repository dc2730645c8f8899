import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The build cache, `.pednet-cache/` in the source folder: values a build worked out (a
/// page's parsed Markdown, say) under 64-bit keys that hash everything the value was made
/// from, so that the next build takes them instead of working them out again. Deleting the
/// folder only makes the next build slower.
///
/// The values are appended to `data`; `index` (rewritten whole, through a rename) says where
/// each one is, with a checksum of its key and bytes. An entry that does not match its
/// checksum, an index from another format or one cut short reads as nothing cached, never
/// as a wrong value. Only one build uses the cache at a time (an advisory lock); a build
/// that can't have it builds without. Thread-safe.
final class BuildCache: @unchecked Sendable {
  /// The cache folder's name in the source folder.
  static let folderName = ".pednet-cache"
  /// Changes whenever what any entry holds changes shape.
  static let formatVersion = 1
  private static let magic: UInt64 = 0x5045_444E_4554_4331  // "PEDNETC1"

  private struct Slot {
    var offset: Int
    var length: Int
    var checksum: UInt64
  }

  private let folder: String
  /// Mixed into every key: what every value depends on (``siteKey(_:)``).
  private let siteKey: UInt64
  private let lockDescriptor: Int32
  private let data: BodyStore
  private let lock = NSLock()
  private var previous: [UInt64: Slot]
  private var kept: [UInt64: Slot] = [:]

  /// The cache of the build `options` asks for (in the source folder, made when missing);
  /// nil when it can't be made or another build holds it.
  convenience init?(_ options: BuildOptions) {
    self.init(
      folder: options.absoluteSource + "/" + Self.folderName, siteKey: Self.siteKey(options))
  }

  /// The cache in `folder` (made when missing) whose keys all mix in `siteKey`; nil when it
  /// can't be made or another build holds it.
  init?(folder: String, siteKey: UInt64) {
    guard FileSystem.makeFolders(folder) else { return nil }
    let lockDescriptor = open(folder + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard lockDescriptor >= 0 else { return nil }
    guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(lockDescriptor)
      return nil
    }
    var previous = Self.readIndex(folder + "/index") ?? [:]
    if previous.isEmpty { unlink(folder + "/data") }
    guard let data = BodyStore(file: folder + "/data") else {
      close(lockDescriptor)
      return nil
    }
    previous = previous.filter { $0.value.offset + $0.value.length <= data.size }
    (self.folder, self.siteKey, self.lockDescriptor, self.data, self.previous) =
      (folder, siteKey, lockDescriptor, data, previous)
    if !FileSystem.exists(folder + "/.gitignore") {
      _ = FileSystem.write(Array("*\n".utf8), to: folder + "/.gitignore")
    }
  }

  deinit {
    close(lockDescriptor)
  }

  /// The value stored under `key` by this build or the last one, when its bytes are intact.
  func value(for given: UInt64) -> [UInt8]? {
    let key = mixed(given)
    lock.lock()
    let slot = kept[key] ?? previous[key]
    lock.unlock()
    guard let slot,
      let bytes = data.html(at: BodyStore.Handle(offset: slot.offset, length: slot.length)),
      Self.checksum(key, bytes) == slot.checksum
    else { return nil }
    lock.lock()
    kept[key] = slot
    lock.unlock()
    return bytes
  }

  /// Stores `value` under `key`.
  func store(_ value: [UInt8], for given: UInt64) {
    let key = mixed(given)
    let handle = data.store(value)
    guard !data.hasFailed else { return }
    let slot = Slot(
      offset: handle.offset, length: handle.length, checksum: Self.checksum(key, value))
    lock.lock()
    kept[key] = slot
    lock.unlock()
  }

  /// Writes the index of the values this build used or stored (the others are forgotten);
  /// when forgotten values fill more than half of `data`, copies the kept ones into a new one.
  func save() {
    lock.lock()
    var slots = kept
    lock.unlock()
    let live = slots.values.reduce(0) { $0 + $1.length }
    if data.size > 2 * live + (8 << 20), let compacted = compact(slots) { slots = compacted }
    let temporary = folder + "/index.new"
    if FileSystem.write(Self.indexBytes(slots), to: temporary) {
      _ = FileSystem.rename(temporary, to: folder + "/index")
    }
  }

  /// The kept values copied into a fresh data file that replaces the old one; nil (and the
  /// old file kept) when that fails.
  private func compact(_ slots: [UInt64: Slot]) -> [UInt64: Slot]? {
    let path = folder + "/data.new"
    unlink(path)
    guard let fresh = BodyStore(file: path) else { return nil }
    var moved: [UInt64: Slot] = [:]
    for (key, slot) in slots {
      guard let bytes = data.html(at: BodyStore.Handle(offset: slot.offset, length: slot.length))
      else { continue }
      let handle = fresh.store(bytes)
      moved[key] = Slot(offset: handle.offset, length: handle.length, checksum: slot.checksum)
    }
    guard !fresh.hasFailed, FileSystem.rename(path, to: folder + "/data") else {
      unlink(path)
      return nil
    }
    // This build reads no more, so the old descriptor may keep the unlinked file.
    return moved
  }

  private func mixed(_ key: UInt64) -> UInt64 {
    var hash = ContentHash(value: siteKey)
    hash.add(Int(Int64(bitPattern: key)))
    return hash.value
  }

  /// What every value depends on: the cache's format, the binary (its bytes: it holds the
  /// code, the schema and the default theme), the config file's bytes, and the options.
  static func siteKey(_ options: BuildOptions) -> UInt64 {
    var hash = ContentHash()
    hash.add(formatVersion)
    hash.add(FileSystem.read("/proc/self/exe") ?? [])
    hash.add(FileSystem.read(options.layout.config) ?? [])
    hash.add(options.baseURL ?? "\u{0}")
    hash.add(options.absoluteSource)
    return hash.value
  }

  private static func checksum(_ key: UInt64, _ bytes: [UInt8]) -> UInt64 {
    var hash = ContentHash(value: key)
    hash.add(bytes)
    return hash.value
  }

  private static func indexBytes(_ slots: [UInt64: Slot]) -> [UInt8] {
    var writer = CacheWriter()
    writer.add(magic)
    writer.add(formatVersion)
    writer.add(
      Array(slots),
      { writer, entry in
        writer.add(entry.key)
        writer.add(entry.value.offset)
        writer.add(entry.value.length)
        writer.add(entry.value.checksum)
      })
    let body = writer.bytes
    writer.add(ContentHash(of: body).value)
    return writer.bytes
  }

  private static func readIndex(_ path: String) -> [UInt64: Slot]? {
    guard let bytes = FileSystem.read(path), bytes.count >= 8 else { return nil }
    var tail = CacheReader(Array(bytes.suffix(8)))
    guard tail.word() == ContentHash(of: Array(bytes.dropLast(8))).value else { return nil }
    var reader = CacheReader(Array(bytes.dropLast(8)))
    guard reader.word() == magic, reader.number() == formatVersion,
      let entries = reader.list({ reader -> (UInt64, Slot)? in
        guard let key = reader.word(), let offset = reader.number(), let length = reader.number(),
          let checksum = reader.word(), offset >= 0, length >= 0
        else { return nil }
        return (key, Slot(offset: offset, length: length, checksum: checksum))
      }), reader.isAtEnd
    else { return nil }
    return Dictionary(entries, uniquingKeysWith: { first, _ in first })
  }
}
