import XCTest

@testable import Site

/// Image sizes read from file headers; truncated and hostile files give nil.
final class ImageSizeTests: XCTestCase {
  func testPNG() {
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    png += Array("IHDR".utf8) + [0, 0, 0x0B, 0xB8, 0, 0, 0x07, 0xD0]
    XCTAssertEqual(ImageSize.read(png), ImageSize(width: 3000, height: 2000))
    XCTAssertNil(ImageSize.read(Array(png.prefix(20))))
  }

  func testJPEG() {
    let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46]
    let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03]
    XCTAssertEqual(
      ImageSize.read([0xFF, 0xD8] + app0 + frame + [0, 0]), ImageSize(width: 800, height: 600))
    XCTAssertNil(ImageSize.read([0xFF, 0xD8] + app0 + [0xFF, 0xC0, 0x00]))
    XCTAssertNil(
      ImageSize.read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00] + Array(repeating: 0, count: 20)))
  }

  func testGIFAndWebP() {
    XCTAssertEqual(
      ImageSize.read(Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00]),
      ImageSize(width: 320, height: 240))
    var vp8x = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8) + Array("VP8X".utf8)
    vp8x += [10, 0, 0, 0, 0, 0, 0, 0] + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]
    XCTAssertEqual(ImageSize.read(vp8x), ImageSize(width: 640, height: 480))
    var lossless = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8) + Array("VP8L".utf8)
    let bits = (99) | (49 << 14)
    lossless +=
      [0, 0, 0, 0, 0x2F] + [
        UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF),
        UInt8(bits >> 24 & 0xFF),
      ] + [0, 0, 0, 0, 0]
    XCTAssertEqual(ImageSize.read(lossless), ImageSize(width: 100, height: 50))
  }

  func testSVG() {
    XCTAssertEqual(
      ImageSize.read(Array("<?xml?><svg xmlns='x' width=\"120px\" height=\"80\">".utf8)),
      ImageSize(width: 120, height: 80))
    XCTAssertEqual(
      ImageSize.read(Array("<svg viewBox=\"0 0 300 150\"></svg>".utf8)),
      ImageSize(width: 300, height: 150))
    XCTAssertNil(ImageSize.read(Array("<svg width=\"100%\">".utf8)))
    XCTAssertNil(ImageSize.read(Array("plain text".utf8)))
    XCTAssertNil(ImageSize.read([]))
  }
}
