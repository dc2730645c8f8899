/// Cuts the sorted term members into shard files of at most `maximumBytes` each (a single
/// larger member gets a shard of its own).
struct TermShards {
  /// Largest shard JSON file, in bytes, unless it holds a single term.
  static let maximumBytes = 4 * 1024

  /// JSON of each shard, `{"term":[…],…}`.
  private(set) var files: [[UInt8]] = []
  /// The first term of each shard.
  private(set) var firstTerms: [String] = []

  init(entries: [TermEntries], index: InvertedIndex) {
    var current: [UInt8] = []
    var rank = 0
    for slice in entries {
      var start = 0
      for end in slice.ends {
        let member = slice.bytes[start..<end]
        if !current.isEmpty, current.count + 1 + member.count + 1 > Self.maximumBytes {
          current.append(0x7D)
          files.append(current)
          current = []
        }
        if current.isEmpty {
          current.reserveCapacity(Self.maximumBytes)
          current.append(0x7B)
          firstTerms.append(String(decoding: index.term(rank), as: UTF8.self))
        } else {
          current.append(0x2C)
        }
        current.append(contentsOf: member)
        start = end
        rank += 1
      }
    }
    if !current.isEmpty {
      current.append(0x7D)
      files.append(current)
    }
  }
}
