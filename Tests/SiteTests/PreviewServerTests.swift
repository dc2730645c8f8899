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

  func testItsOwnAnswersSpeakTheChosenLanguage() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "serve-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let port = 20_000 + Int.random(in: 0..<20_000)
    XCTAssertNil(PreviewServer(root: root.path, port: port, language: "kk").start())
    let missing = try XCTUnwrap(Self.get("/missing/", port: port))
    XCTAssertTrue(
      missing.hasSuffix(
        "\r\n\r\nсайтта мұндай бет жоқ: мекенжайды тексеріңіз немесе басты бетті / ашыңыз\n"),
      missing)
    let bad = try XCTUnwrap(Self.get("/a%00b", port: port))
    XCTAssertTrue(bad.hasPrefix("HTTP/1.1 400 Bad Request"), bad)
    XCTAssertTrue(
      bad.hasSuffix(
        "\r\n\r\nмекенжайда беттер мекенжайында болмайтын таңбалар бар: оны тексеріңіз\n"), bad)
  }

  func testNULInAPathIsABadRequestAndDotDotIsNotFound() throws {
    let (root, port) = try serve("<p>x</p>")
    defer { try? FileManager.default.removeItem(at: root) }
    for path in ["/index.html%00.txt", "/%00/index.html", "/a\u{0}b"] {
      XCTAssertTrue(
        try XCTUnwrap(Self.get(path, port: port)).hasPrefix("HTTP/1.1 400 Bad Request"), path)
    }
    XCTAssertTrue(
      try XCTUnwrap(Self.get("/../../etc/passwd", port: port)).hasPrefix("HTTP/1.1 404"))
  }

  func testIdleAndHalfSentConnectionsDoNotStallOthers() throws {
    let (root, port) = try serve("<p>x</p>")
    defer { try? FileManager.default.removeItem(at: root) }
    var idle: [Int32] = []
    defer {
      for client in idle { close(client) }
    }
    for number in 0..<40 {
      let client = try XCTUnwrap(Self.connect(port: port))
      if number % 4 == 0 {
        _ = Array("GET /".utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
      }
      idle.append(client)
    }
    let started = Date()
    XCTAssertTrue(try XCTUnwrap(Self.get("/", port: port)).hasPrefix("HTTP/1.1 200 OK"))
    XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
  }

  func testServedPagesGetTheLiveReloadScriptAndHearOfRebuilds() throws {
    let live = LiveReload()
    let (root, port) = try serve("<html><body><p>x</p></body></html>", live: live)
    defer { try? FileManager.default.removeItem(at: root) }
    let page = try XCTUnwrap(Self.get("/", port: port))
    XCTAssertTrue(
      page.hasSuffix("<p>x</p><script src=\"/__pednet/live.js?v=0\"></script></body></html>"), page)
    XCTAssertTrue(try XCTUnwrap(Self.get("/__pednet/live.js", port: port)).contains("EventSource"))
    let listener = try XCTUnwrap(Self.connect(port: port))
    defer { close(listener) }
    _ = Array("GET /__pednet/events?v=0 HTTP/1.1\r\n\r\n".utf8).withUnsafeBytes {
      send(listener, $0.baseAddress, $0.count, 0)
    }
    Thread.sleep(forTimeInterval: 0.2)
    live.built(changed: ["index.html"])
    live.failed(["content/a.md:2:8: error: <b>"])
    var received = ""
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !received.contains("event: errors") {
      let count = buffer.withUnsafeMutableBytes { recv(listener, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { break }
      received += String(decoding: buffer[0..<count], as: UTF8.self)
    }
    XCTAssertTrue(
      received.contains("event: reload\ndata: {\"version\":1,\"changed\":[\"index.html\"]}"),
      received)
    XCTAssertTrue(received.contains("\"content/a.md:2:8: error: \\u003cb>\""), received)
  }

  private func serve(_ index: String, live: LiveReload? = nil) throws -> (URL, Int) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try index.write(
      to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    let port = 20_000 + Int.random(in: 0..<20_000)
    XCTAssertNil(PreviewServer(root: root.path, port: port, live: live, language: "ru").start())
    return (root, port)
  }

  /// A connected socket.
  private static func connect(port: Int) -> Int32? {
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard client >= 0 else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(client)
      return nil
    }
    return client
  }

  /// A plain HTTP GET over a socket (Foundation's URL loading needs FoundationNetworking).
  private static func get(_ path: String, port: Int) -> String? {
    guard let client = connect(port: port) else { return nil }
    defer { close(client) }
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
