import Foundation
import XCTest

@testable import Site

final class PreviewServerTests: XCTestCase {
  func testRequestPathsMapToFilesInsideTheRootOnly() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "serve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("уроки"), withIntermediateDirectories: true)
    try "x".write(
      to: root.appendingPathComponent("уроки/index.html"), atomically: true, encoding: .utf8)
    try "y".write(
      to: root.appendingPathComponent(".pednet-build"), atomically: true, encoding: .utf8)
    XCTAssertEqual(
      HTTPPath.file(for: "/%D1%83%D1%80%D0%BE%D0%BA%D0%B8/?q=1", in: root.path),
      root.path + "/уроки/index.html")
    XCTAssertNil(HTTPPath.file(for: "/../etc/passwd", in: root.path))
    XCTAssertNil(HTTPPath.file(for: "/.pednet-build", in: root.path))
    XCTAssertNil(HTTPPath.file(for: "/missing.html", in: root.path))
    XCTAssertEqual(HTTPPath.contentType(of: "a/b.CSS"), "text/css; charset=utf-8")
  }

  func testServesTheBuiltSiteOverHTTP() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "serve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try "<p>привет</p>".write(
      to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    let port = 20_000 + Int.random(in: 0..<20_000)
    let server = PreviewServer(root: root.path, port: port)
    XCTAssertNil(server.start())
    let url = try XCTUnwrap(URL(string: "http://127.0.0.1:\(port)/"))
    let data = try Data(contentsOf: url)
    XCTAssertEqual(String(decoding: data, as: UTF8.self), "<p>привет</p>")
  }
}
