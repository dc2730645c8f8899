import Foundation
import XCTest

@testable import Site

#if canImport(Glibc)
  import Glibc
#endif

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
    let response = try XCTUnwrap(Self.get("/", port: port))
    XCTAssertTrue(
      response.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"))
    XCTAssertTrue(response.hasSuffix("\r\n\r\n<p>привет</p>"))
    XCTAssertTrue(
      try XCTUnwrap(Self.get("/missing/", port: port)).hasPrefix("HTTP/1.1 404 Not Found"))
  }

  /// A plain HTTP GET over a socket (Foundation's URL loading needs FoundationNetworking).
  private static func get(_ path: String, port: Int) -> String? {
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard client >= 0 else { return nil }
    defer { close(client) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { return nil }
    let request = Array("GET \(path) HTTP/1.0\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      response += buffer[0..<count]
    }
    return String(decoding: response, as: UTF8.self)
  }
}
