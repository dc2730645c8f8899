import XCTest

@testable import Search

final class TextPiecesTests: XCTestCase {
  /// The words of `text` as the analyzer reads them: plain pieces as they are, the rest through
  /// a scanner, piece by piece.
  private func piecewiseWords(_ text: [UInt8]) -> [[UInt8]] {
    var words: [[UInt8]] = []
    let scratch = TextPieces.Scratch()
    let scanner = WordScanner()
    text.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var pieces = TextPieces(base: base, count: buffer.count, scratch: scratch)
      while let piece = pieces.next() {
        let length = piece.end - piece.start
        switch piece.kind {
        case .textWord:
          words.append(Array(UnsafeBufferPointer(start: base + piece.start, count: length)))
        case .scratchWord:
          words.append(Array(UnsafeBufferPointer(start: scratch.bytes, count: length)))
        case .mixed:
          scanner.scan(UnsafeBufferPointer(start: base + piece.start, count: length)) {
            words.append(Array($0))
          }
        }
      }
    }
    return words
  }

  /// The words of `text` from one scanner reading all of it.
  private func scannedWords(_ text: [UInt8]) -> [[UInt8]] {
    var words: [[UInt8]] = []
    text.withUnsafeBufferPointer { buffer in
      WordScanner().scan(buffer) { words.append(Array($0)) }
    }
    return words
  }

  private func kinds(_ text: String) -> [TextPieces.Piece.Kind] {
    var kinds: [TextPieces.Piece.Kind] = []
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var pieces = TextPieces(
        base: buffer.baseAddress!, count: buffer.count, scratch: TextPieces.Scratch())
      while let piece = pieces.next() { kinds.append(piece.kind) }
    }
    return kinds
  }

  func testPiecesOfATypicalSentence() {
    XCTAssertEqual(
      kinds("Урок математики: «дроби», 5-й класс — ёлка abc XYZ 2024."),
      [
        .scratchWord, .textWord, .mixed, .mixed, .textWord, .mixed, .scratchWord, .textWord,
        .scratchWord, .textWord,
      ])
    let text = Array("Урок ДРОБЕЙ, учёт Ѐ ѣ Ѹ; long-WORD «Ёж» Σ".utf8)
    XCTAssertEqual(piecewiseWords(text), scannedWords(text))
  }

  func testWordsLongerThanTheScratchBufferGoToTheScanner() {
    let long = "Д" + String(repeating: "а", count: 300)
    XCTAssertEqual(kinds(long + " ок"), [.mixed, .textWord])
    let text = Array((long + " ок").utf8)
    XCTAssertEqual(piecewiseWords(text), scannedWords(text))
  }

  func testSeparatorsAreTheAsciiBytesThatEndWords() {
    for byte in UInt8(0)...UInt8(255) {
      let scanner = WordScanner()
      var count = 0
      [0x61, byte, 0x62].withUnsafeBufferPointer { scanner.scan($0) { _ in count += 1 } }
      if TextPieces.isSeparator(byte) { XCTAssertEqual(count, 2, "byte \(byte)") }
      if byte < 0x80, byte != 0x2D, !TextPieces.isSeparator(byte) {
        XCTAssertEqual(count, 1, "byte \(byte)")
      }
    }
  }

  func testAgreesWithTheScannerOnRandomText() {
    let fragments: [[UInt8]] =
      [
        "а", "я", "п", "р", "е", "ё", "Ё", "А", "Я", "П", "Р", "Ж", "ѣ", "Ѣ", "Ѐ", "ѐ", "і", "Қ",
        "ә",
        "a", "z", "A", "Z", "0", "9", "-", "--", " ", "  ", ",", ".", "\n", "«", "»", "—", "Σ", "σ",
        "ß", "İ", "é", "e\u{301}", "²", "_", "@", "[", "`", "{", "~", "\u{7F}", "\u{0}",
      ].map { Array($0.utf8) } + [[0xD0], [0xD1], [0x80], [0xBF], [0xFF], [0xE2, 0x80]]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var text: [UInt8] = []
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        text += fragments.randomElement(using: &generator)!
      }
      XCTAssertEqual(piecewiseWords(text), scannedWords(text), "\(text)")
    }
  }

  func testClassTableAgreesWithTheByteTests() {
    let scratch = TextPieces.Scratch()
    let classes = scratch.classes
    defer { withExtendedLifetime(scratch) {} }
    for value in 0..<256 {
      let byte = UInt8(value)
      XCTAssertEqual(
        classes[value] & TextPieces.separatorClass != 0, TextPieces.isSeparator(byte), "\(byte)")
      XCTAssertEqual(
        classes[value] & TextPieces.lowerClass != 0, TextPieces.isLowerLatinOrDigit(byte),
        "\(byte)")
    }
  }

  func testAgreesWithTheScannerOnLongRandomRunsOfLetters() {
    let letters = "абвгдежзийклмнопрстуфхцчшщъыьэюя".map { Array(String($0).utf8) }
    let others: [[UInt8]] =
      [
        " ", ".", "-", "a", "Z", "7", "ё", "Ё", "Д", "Я", "ѣ", "«", "—", "é", "\n",
      ].map { Array($0.utf8) } + [[0xD0], [0xD1], [0x80]]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var text: [UInt8] = []
      for _ in 0..<Int.random(in: 0...60, using: &generator) {
        let isLetter = Int.random(in: 0..<8, using: &generator) != 0
        text += (isLetter ? letters : others).randomElement(using: &generator)!
      }
      XCTAssertEqual(piecewiseWords(text), scannedWords(text), "\(text)")
    }
  }
}
