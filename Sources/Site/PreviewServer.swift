import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// `pednet-build serve`: a small HTTP server on 127.0.0.1 for previewing the built site. It
/// serves files of the output folder (GET and HEAD only) and never leaves that folder.
public final class PreviewServer: @unchecked Sendable {
  /// The folder served.
  let root: String
  /// The port listened on.
  public let port: Int
  private var listener: Int32 = -1

  /// A server for `root` on `port`; call ``start()`` to listen.
  public init(root: String, port: Int) {
    self.root = root
    self.port = port
  }

  /// Opens the listening socket; returns an error message when the port can't be used.
  public func start() -> String? {
    listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard listener >= 0 else { return "cannot open a socket" }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 64) == 0 else {
      close(listener)
      return "port \(port) is busy: choose another with --port"
    }
    let server = self
    Thread.detach { server.acceptLoop() }
    return nil
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 { continue }
      let server = self
      DispatchQueue.global().async { server.handle(client) }
    }
  }

  private func handle(_ client: Int32) {
    defer { close(client) }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return }
    let request = String(decoding: buffer[0..<count], as: UTF8.self)
    let parts = request.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, parts[0] == "GET" || parts[0] == "HEAD" else {
      send(
        client, status: "405 Method Not Allowed", type: "text/plain",
        body: Array("only GET\n".utf8), head: false)
      return
    }
    let head = parts[0] == "HEAD"
    guard let path = HTTPPath.file(for: String(parts[1]), in: root) else {
      let body = FileSystem.read(root + "/404.html") ?? Array("not found\n".utf8)
      send(
        client, status: "404 Not Found", type: "text/html; charset=utf-8", body: body, head: head)
      return
    }
    let body = FileSystem.read(path) ?? []
    send(client, status: "200 OK", type: HTTPPath.contentType(of: path), body: body, head: head)
  }

  private func send(_ client: Int32, status: String, type: String, body: [UInt8], head: Bool) {
    let header =
      "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    var bytes = Array(header.utf8)
    if !head { bytes += body }
    var sent = 0
    while sent < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
      }
      if written <= 0 { return }
      sent += written
    }
  }
}

private enum Thread {
  static func detach(_ body: @escaping @Sendable () -> Void) {
    DispatchQueue.global(qos: .userInitiated).async(execute: body)
  }
}

/// Maps request paths to files and files to content types.
enum HTTPPath {
  /// The file a request path names inside `root`, or nil (missing, or outside `root`).
  static func file(for target: String, in root: String) -> String? {
    var path = target
    if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
      path = String(path[..<query])
    }
    path = path.removingPercentEncodingSafely
    let parts = path.split(separator: "/")
    guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
    var file = root + "/" + parts.joined(separator: "/")
    if FileSystem.isFolder(file) { file += "/index.html" }
    return FileSystem.exists(file) && !FileSystem.isFolder(file) ? file : nil
  }

  /// The MIME type by extension.
  static func contentType(of path: String) -> String {
    let types: [String: String] = [
      "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
      "js": "text/javascript; charset=utf-8", "json": "application/json", "xml": "application/xml",
      "ics": "text/calendar; charset=utf-8", "txt": "text/plain; charset=utf-8",
      "svg": "image/svg+xml",
      "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
      "webp": "image/webp",
      "pdf": "application/pdf", "ico": "image/x-icon",
    ]
    let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    return types[ext] ?? "application/octet-stream"
  }
}
