import Dispatch
import Foundation
import XCTest

@testable import Site

final class BodyStoreTests: XCTestCase {
  func testBodiesStoredFromManyThreadsComeBackIntact() throws {
    let folder = FileManager.default.temporaryDirectory.path
    let store = try XCTUnwrap(BodyStore(folder: folder))
    let count = 500
    let texts = (0..<count).map { "<p>Урок \($0): " + String(repeating: "дроби ", count: $0 % 37) }
    let handles = HandleSlots(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      handles.set(index, store.store(Array(texts[index].utf8)))
    }
    for index in (0..<count).reversed() {
      XCTAssertEqual(store.html(at: try XCTUnwrap(handles.get(index))), Array(texts[index].utf8))
    }
    XCTAssertEqual(store.html(at: store.store([])), [])
    XCTAssertFalse(store.hasFailed)
  }

  func testTheScratchFileLeavesNothingInItsFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try XCTUnwrap(BodyStore(folder: folder.path))
    _ = store.store(Array("<p>текст</p>".utf8))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
  }

  func testAFolderThatCannotHoldTheFileGivesNoStore() {
    XCTAssertNil(BodyStore(folder: "/nonexistent-folder-\(UUID().uuidString)"))
  }

  func testReadingPastTheEndFails() throws {
    let store = try XCTUnwrap(BodyStore(folder: FileManager.default.temporaryDirectory.path))
    let handle = store.store(Array("короткий".utf8))
    XCTAssertNil(store.html(at: BodyStore.Handle(offset: handle.offset, length: 1_000)))
    XCTAssertTrue(store.hasFailed)
  }
}

/// Handles written by many threads, each slot by one.
private final class HandleSlots: @unchecked Sendable {
  private var slots: [BodyStore.Handle?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ handle: BodyStore.Handle) {
    lock.lock()
    slots[index] = handle
    lock.unlock()
  }

  func get(_ index: Int) -> BodyStore.Handle? {
    lock.lock()
    defer { lock.unlock() }
    return slots[index]
  }
}
