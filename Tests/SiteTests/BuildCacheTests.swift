import Foundation
import XCTest

@testable import Site

final class BuildCacheTests: XCTestCase {
  private var folder: String!

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "cache-\(UUID().uuidString)"
      ).path
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func saved(_ values: [UInt64: [UInt8]], siteKey: UInt64 = 7) throws {
    let cache = try XCTUnwrap(BuildCache(folder: folder, siteKey: siteKey))
    for (key, value) in values { cache.store(value, for: key) }
    cache.save()
  }

  func testAValueStoredIsReadByTheNextBuildUnderItsKeyOnly() throws {
    try saved([1: Array("первый".utf8), 2: []])
    let cache = try XCTUnwrap(BuildCache(folder: folder, siteKey: 7))
    XCTAssertEqual(cache.value(for: 1), Array("первый".utf8))
    XCTAssertEqual(cache.value(for: 2), [])
    XCTAssertNil(cache.value(for: 3))
    let otherSite = try XCTUnwrap(BuildCache(folder: folder + "-other", siteKey: 8))
    XCTAssertNil(otherSite.value(for: 1))
  }

  func testAnotherSiteKeyFindsNothing() throws {
    try saved([1: [1, 2, 3]])
    let cache = try XCTUnwrap(BuildCache(folder: folder, siteKey: 8))
    XCTAssertNil(cache.value(for: 1))
  }

  func testADamagedValueOrIndexReadsAsNothingCached() throws {
    try saved([1: Array(repeating: 65, count: 100)])
    var data = try XCTUnwrap(FileSystem.read(folder + "/data"))
    data[50] ^= 1
    XCTAssertTrue(FileSystem.write(data, to: folder + "/data"))
    XCTAssertNil(try XCTUnwrap(BuildCache(folder: folder, siteKey: 7)).value(for: 1))
    try saved([1: [9, 9]])
    var index = try XCTUnwrap(FileSystem.read(folder + "/index"))
    index[20] ^= 1
    XCTAssertTrue(FileSystem.write(index, to: folder + "/index"))
    XCTAssertNil(try XCTUnwrap(BuildCache(folder: folder, siteKey: 7)).value(for: 1))
  }

  func testValuesNotUsedByABuildAreForgottenAndTheFileCompacted() throws {
    try saved([1: Array(repeating: 1, count: 9 << 20)])
    try saved([2: [2]])
    let cache = try XCTUnwrap(BuildCache(folder: folder, siteKey: 7))
    XCTAssertNil(cache.value(for: 1))
    XCTAssertEqual(cache.value(for: 2), [2])
    XCTAssertLessThan(FileSystem.size(of: folder + "/data") ?? .max, 1 << 20)
  }

  func testOnlyOneBuildHoldsTheCache() throws {
    let first = try XCTUnwrap(BuildCache(folder: folder, siteKey: 7))
    XCTAssertNil(BuildCache(folder: folder, siteKey: 7))
    _ = first
  }
}
