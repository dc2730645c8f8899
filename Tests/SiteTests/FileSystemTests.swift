import Foundation
import XCTest

@testable import Site

final class FileSystemTests: XCTestCase {
  private var root: String!

  override func setUpWithError() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  func testMakeFoldersCreatesEveryMissingParent() {
    XCTAssertTrue(FileSystem.makeFolders(root + "/a/b/c"))
    XCTAssertTrue(FileSystem.isFolder(root + "/a/b/c"))
    XCTAssertTrue(FileSystem.makeFolders(root + "/a/b/c"), "an existing folder is fine")
    XCTAssertTrue(FileSystem.write(Array("x".utf8), to: root + "/a/file"))
    XCTAssertFalse(FileSystem.makeFolders(root + "/a/file"), "a file is not a folder")
    XCTAssertFalse(FileSystem.makeFolders(root + "/a/file/d"))
  }

  func testRemoveInParallelRemovesADeepTreeButNotWhatLinksPointTo() throws {
    let outside = root + "-outside"
    XCTAssertTrue(FileSystem.makeFolders(outside))
    defer { FileSystem.remove(outside) }
    XCTAssertTrue(FileSystem.write(Array("keep".utf8), to: outside + "/keep.txt"))
    for section in 0..<5 {
      for page in 0..<20 {
        let folder = root + "/site/s\(section)/p\(page)/deeper"
        XCTAssertTrue(FileSystem.makeFolders(folder))
        XCTAssertTrue(FileSystem.write(Array("<p>".utf8), to: folder + "/index.html"))
      }
    }
    XCTAssertTrue(FileSystem.write(Array("top".utf8), to: root + "/site/top.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: root + "/site/s0/link", withDestinationPath: outside)
    FileSystem.removeInParallel(root + "/site")
    XCTAssertFalse(FileSystem.exists(root + "/site"))
    XCTAssertTrue(FileSystem.exists(outside + "/keep.txt"))
  }

  func testReadingSkipsTheFirstBytesAndReadsFilesOfAnySize() throws {
    XCTAssertTrue(FileSystem.makeFolders(root))
    let sizes = [0, 1, 4095, 4096, 4097, 100_000]
    for size in sizes {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let path = root + "/file-\(size)"
      XCTAssertTrue(FileSystem.write(bytes, to: path))
      XCTAssertEqual(FileSystem.read(path), bytes, "\(size) bytes")
      for skip in [1, 3, size] where skip <= size {
        let read = FileSystem.readStamped(path, skipping: skip)
        XCTAssertEqual(read?.bytes, Array(bytes[skip...]), "\(size) bytes after \(skip)")
        XCTAssertEqual(read?.stamp.size, size)
      }
    }
    XCTAssertNil(FileSystem.readStamped(root + "/missing", skipping: 2))
  }

  func testAStampChangesWhenTheFileDoes() throws {
    let path = root + "/page.md"
    XCTAssertTrue(FileSystem.makeFolders(root))
    XCTAssertTrue(FileSystem.write(Array("один".utf8), to: path))
    let first = try XCTUnwrap(FileSystem.readStamped(path))
    XCTAssertEqual(first.bytes, Array("один".utf8))
    XCTAssertEqual(try XCTUnwrap(FileSystem.readStamped(path)).stamp, first.stamp)
    XCTAssertTrue(FileSystem.write(Array("другой текст".utf8), to: path))
    XCTAssertNotEqual(try XCTUnwrap(FileSystem.readStamped(path)).stamp, first.stamp)
    XCTAssertNil(FileSystem.readStamped(root + "/missing.md"))
  }
}
