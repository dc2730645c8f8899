/// A fixed buffer of `TextPieces.scratchCapacity` bytes that one thread reuses for every word
/// it lower-cases.
final class ScratchBytes {
  /// The buffer.
  let bytes: UnsafeMutablePointer<UInt8>

  /// A buffer of `TextPieces.scratchCapacity` bytes.
  init() {
    bytes = .allocate(capacity: TextPieces.scratchCapacity)
  }

  deinit {
    bytes.deallocate()
  }
}
