import FrontMatter
import XCTest

@testable import Site

final class OutputManifestTests: XCTestCase {
  func testWritesAndReadsBackFilesKeyCountsAndWarnings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "manifest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    XCTAssertTrue(FileSystem.makeFolders(folder.path))
    var manifest = OutputManifest()
    manifest.key = "0123456789abcdef"
    manifest.pageCount = 12
    manifest.leftOut = [
      LeftOutPage(path: "content/a.md", reason: .draft),
      LeftOutPage(path: "content/b.md", reason: .future(YAMLDate(year: 2031, month: 9, day: 1))),
    ]
    manifest.brokenLinkCount = 2
    manifest.warnings = [
      Diagnostic(.warning, "content/a\tb.md", line: 3, column: 4, "a \\ warning\nwith a break")
    ]
    var stamp = FileStamp()
    (stamp.inode, stamp.size, stamp.modifiedSeconds, stamp.modifiedNanoseconds) = (7, 5, 9, 11)
    manifest.files["уроки/index.html"] = .init(
      hash: ContentHash(of: Array("hello".utf8)), size: 5, stamp: stamp)
    manifest.files["odd\tname\n.txt"] = .init(hash: nil, size: -1, stamp: FileStamp())
    XCTAssertTrue(FileSystem.write(manifest.bytes, to: folder.path + "/.pednet-build"))
    XCTAssertEqual(OutputManifest.read(folder: folder.path), manifest)
  }

  func testAMissingManifestIsNilAndAnOldMarkerOwnsTheWholeFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "manifest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    XCTAssertTrue(FileSystem.makeFolders(folder.path + "/a"))
    XCTAssertNil(OutputManifest.read(folder: folder.path))
    XCTAssertTrue(FileSystem.write([1, 2], to: folder.path + "/a/b.html"))
    XCTAssertTrue(FileSystem.write(Array("garbage".utf8), to: folder.path + "/.pednet-build"))
    let manifest = try XCTUnwrap(OutputManifest.read(folder: folder.path))
    XCTAssertEqual(Array(manifest.files.keys), ["a/b.html"])
    XCTAssertNil(manifest.files["a/b.html"]?.hash, "never taken as unchanged")
    XCTAssertNil(manifest.key)
  }
}
