import Text

/// Cuts UTF-8 text into pieces at separators: ASCII bytes other than letters, digits and the
/// hyphen, which end a word and leave nothing of it behind in `WordScanner`.
///
/// Scanning each piece alone therefore gives the words of the whole text. A piece of ASCII
/// letters and digits and Cyrillic letters U+0400–U+047F is one word, which this type
/// lower-cases itself (with `ё` → `е`) as `WordScanner` would; any other piece is left to the
/// scanner.
struct TextPieces {
  /// Longest word, in bytes, that is lower-cased here rather than by the scanner.
  static let scratchCapacity = 256

  /// A stretch of UTF-8 text between separators, as `next()` hands it out.
  struct Piece {
    /// What a piece holds and where its bytes are.
    enum Kind {
      /// One word, already lower-case: its bytes are `start..<end` of the text.
      case textWord
      /// One word, lower-cased into the scratch bytes: `start..<end` of those.
      case scratchWord
      /// Text that `WordScanner` has to read: `start..<end` of the text.
      case mixed
    }

    /// Offset of the piece's first byte.
    var start: Int
    /// Offset just past the piece's last byte.
    var end: Int
    /// What the piece holds.
    var kind: Kind
    /// Where a `.scratchWord` piece was in the text (`sourceStart..<sourceEnd`).
    var sourceStart = 0
    var sourceEnd = 0
  }

  /// A fixed buffer of `scratchCapacity` bytes that one thread reuses for every word it
  /// lower-cases, and the class of every byte value.
  final class Scratch {
    /// The buffer.
    let bytes: UnsafeMutablePointer<UInt8>
    /// 256 bytes: for each byte value, `separatorClass` when `isSeparator` holds for it, and
    /// `lowerClass` when it is `a`–`z` or a digit.
    let classes: UnsafeMutablePointer<UInt8>

    /// A buffer of `TextPieces.scratchCapacity` bytes.
    init() {
      bytes = RawMemory.allocate(count: TextPieces.scratchCapacity)
      classes = RawMemory.allocate(count: 256)
      for value in 0..<256 {
        let byte = UInt8(value)
        classes[value] =
          (TextPieces.isSeparator(byte) ? TextPieces.separatorClass : 0)
          | (TextPieces.isLowerLatinOrDigit(byte) ? TextPieces.lowerClass : 0)
      }
    }

    deinit {
      bytes.deallocate()
      classes.deallocate()
    }
  }

  /// Class bit of the bytes that separate pieces (see `isSeparator`).
  static let separatorClass: UInt8 = 1
  /// Class bit of `a`–`z` and the digits.
  static let lowerClass: UInt8 = 2

  private let base: UnsafePointer<UInt8>
  private let count: Int
  private let scratch: Scratch
  /// `scratch.classes`.
  private let classes: UnsafePointer<UInt8>
  private var position = 0

  /// The pieces of the `count` bytes at `base`; lower-cased words are written to `scratch`.
  init(base: UnsafePointer<UInt8>, count: Int, scratch: Scratch) {
    self.base = base
    self.count = count
    self.scratch = scratch
    self.classes = UnsafePointer(scratch.classes)
  }

  /// Whether `byte` separates pieces, from the class table.
  @inline(__always)
  private func separates(_ byte: UInt8) -> Bool {
    classes[Int(byte)] & Self.separatorClass != 0
  }

  /// The next piece, or nil when the text is used up. The bytes of a `.scratchWord` piece are
  /// valid until the next call.
  @inline(__always)
  mutating func next() -> Piece? {
    var index = position
    while index < count, separates(base[index]) { index += 1 }
    guard index < count else {
      position = count
      return nil
    }
    let start = index
    let run = lowerRunEnd(from: start)
    index = run.end
    if run.endsPiece {
      position = index
      return Piece(start: start, end: index, kind: .textWord)
    }
    if let (end, length) = lowerCased(from: start, changedAt: index) {
      position = end
      return Piece(start: 0, end: length, kind: .scratchWord, sourceStart: start, sourceEnd: end)
    }
    while index < count, !separates(base[index]) { index += 1 }
    position = index
    return Piece(start: start, end: index, kind: .mixed)
  }

  /// Whether `byte` is an ASCII byte other than a letter, a digit or the hyphen.
  @inline(__always)
  static func isSeparator(_ byte: UInt8) -> Bool {
    // Bit `b % 64` of the mask for bytes `b` below 64, or from 64 to 127, is set for separators.
    let mask: UInt64 = byte < 64 ? 0xFC00_DFFF_FFFF_FFFF : 0xF800_0001_F800_0001
    return byte < 0x80 && (mask >> UInt64(byte & 63)) & 1 != 0
  }

  /// Whether `byte` is `a`–`z` or a digit.
  @inline(__always)
  static func isLowerLatinOrDigit(_ byte: UInt8) -> Bool {
    (byte &- 0x30) < 10 || (byte &- 0x61) < 26
  }

  /// The end of the run of already lower-case letters (`a`–`z`, digits, `а`–`я`) from `start`,
  /// and whether the piece ends there too (at the text's end or a separator).
  @inline(__always)
  private func lowerRunEnd(from start: Int) -> (end: Int, endsPiece: Bool) {
    var index = start
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        let byteClass = classes[Int(lead)]
        guard byteClass & Self.lowerClass != 0 else {
          return (index, byteClass & Self.separatorClass != 0)
        }
        index += 1
        continue
      }
      if index + 8 <= count {
        var letters = Cyrillic.lowerBasicLetterLanes(UnsafeRawPointer(base + index))
        index += 2 * letters
        while letters == 4, index + 8 <= count {
          letters = Cyrillic.lowerBasicLetterLanes(UnsafeRawPointer(base + index))
          index += 2 * letters
        }
        // Fewer than 8 bytes left after whole lanes of letters: read them two at a time below.
        if letters == 4 { continue }
        guard index < count else { return (index, true) }
        // Past the letters: a separator ends the piece, a Latin letter or digit goes on, any
        // other byte ends the run only (a byte from 0x80 has class 0).
        let byteClass = classes[Int(base[index])]
        guard byteClass & Self.lowerClass != 0 else {
          return (index, byteClass & Self.separatorClass != 0)
        }
        index += 1
        continue
      }
      guard index + 1 < count, Cyrillic.isLowerBasicLetter(lead, base[index + 1]) else {
        return (index, false)
      }
      index += 2
    }
    return (index, true)
  }

  /// Lower-cases into `scratch` the word from `start`, whose bytes before `changed` are
  /// already lower-case, when it ends at a separator or the text's end and holds only ASCII
  /// letters and digits and Cyrillic letters U+0400–U+047F; returns where the word ends and
  /// its lower-cased length, or nil.
  private func lowerCased(from start: Int, changedAt changed: Int) -> (end: Int, length: Int)? {
    let limit = Self.scratchCapacity
    guard changed - start <= limit else { return nil }
    let out = scratch.bytes
    if changed > start { out.update(from: base + start, count: changed - start) }
    var length = changed - start
    var index = changed
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        if separates(lead) { break }
        // A hyphen joins words: the scanner's job.
        guard lead != 0x2D, length < limit else { return nil }
        out[length] = lead | (lead &- 0x41 < 26 ? 0x20 : 0)
        length += 1
        index += 1
        continue
      }
      guard length + 8 <= limit else { return nil }
      if index + 8 <= count {
        let letters = Cyrillic.lowerBasicLetterLanes(UnsafeRawPointer(base + index))
        if letters > 0 {
          // All 8 bytes are copied; only the letters' ones count.
          UnsafeMutableRawPointer(out + length).copyMemory(
            from: UnsafeRawPointer(base + index), byteCount: 8)
          length += 2 * letters
          index += 2 * letters
          continue
        }
      }
      guard lead & 0xFE == 0xD0, index + 1 < count, base[index + 1] & 0xC0 == 0x80 else {
        return nil
      }
      let second = base[index + 1]
      if lead == 0xD0, second &- 0x90 < 0x20 {
        // А–П (D0 90–9F) become а–п (D0 B0–BF); Р–Я (D0 A0–AF) become р–я (D1 80–8F).
        let isEarly = second < 0xA0
        out[length] = isEarly ? 0xD0 : 0xD1
        out[length + 1] = isEarly ? second + 0x20 : second - 0x20
        length += 2
        index += 2
        continue
      }
      let value = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
      let lower = Cyrillic.folded(value)
      out[length] = UInt8(truncatingIfNeeded: 0xC0 | (lower >> 6))
      out[length + 1] = UInt8(truncatingIfNeeded: 0x80 | (lower & 0x3F))
      length += 2
      index += 2
    }
    return (index, length)
  }

}
