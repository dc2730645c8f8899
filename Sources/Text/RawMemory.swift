import Foundation

/// The one place that allocates raw memory. Types elsewhere that keep typed memory of their
/// own (a stack of template values, a term table) get it here and follow these rules:
/// - the type that allocates is the only owner, and deallocates in its `deinit` (a class, or
///   a non-copyable struct);
/// - memory comes uninitialized; the owner initializes what it uses and deinitializes any
///   non-trivial elements before deallocating;
/// - `grow` moves the initialized elements into the new memory and frees the old, so no
///   pointer into the old memory may be kept across it.
public enum RawMemory {
  /// Uninitialized memory for `count` values of `Element`.
  @inlinable
  public static func allocate<Element>(_ type: Element.Type = Element.self, count: Int)
    -> UnsafeMutablePointer<Element>
  {
    UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
  }

  /// Uninitialized memory for `count` values of `Element`, as a buffer.
  @inlinable
  public static func allocateBuffer<Element>(_ type: Element.Type = Element.self, count: Int)
    -> UnsafeMutableBufferPointer<Element>
  {
    UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
  }

  /// Uninitialized memory of `byteCount` bytes aligned to `alignment`.
  @inlinable
  public static func allocateRaw(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
    UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: alignment)
  }

  /// New memory for `capacity` values holding the `count` values moved from `old`, which is
  /// deallocated.
  @inlinable
  public static func grow<Element>(
    _ old: UnsafeMutablePointer<Element>, count: Int, to capacity: Int
  ) -> UnsafeMutablePointer<Element> {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    larger.moveInitialize(from: old, count: count)
    old.deallocate()
    return larger
  }

  /// `byteCount` bytes from `malloc`, bound to `UInt8` (freed with `free`).
  @usableFromInline
  static func allocateBytes(_ byteCount: Int) -> UnsafeMutablePointer<UInt8> {
    bound(malloc(byteCount), byteCount)
  }

  /// `memory` (from `allocateBytes`) resized to `byteCount` bytes by `realloc`.
  @usableFromInline
  static func reallocateBytes(_ memory: UnsafeMutablePointer<UInt8>, to byteCount: Int)
    -> UnsafeMutablePointer<UInt8>
  {
    bound(realloc(memory, byteCount), byteCount)
  }

  private static func bound(_ memory: UnsafeMutableRawPointer?, _ byteCount: Int)
    -> UnsafeMutablePointer<UInt8>
  {
    guard let memory else { preconditionFailure("out of memory for \(byteCount) bytes") }
    return memory.bindMemory(to: UInt8.self, capacity: byteCount)
  }
}
