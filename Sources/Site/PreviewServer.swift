import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `pednet-build serve`: a small HTTP server on 127.0.0.1 for previewing the built site. It
/// serves files of the output folder (GET and HEAD only) and never leaves that folder.
///
/// It cannot be stalled: a fixed set of its own threads (not the pool the rebuild uses)
/// answers requests, each socket waits at most a few seconds for a request, and beyond a
/// bound on open connections a new one is answered "503" at once. Live-reload listeners are
/// held apart (``LiveReload``) and do not take a thread.
public final class PreviewServer: @unchecked Sendable {
  /// The folder served.
  let root: String
  /// The port listened on.
  public let port: Int
  /// The live reload of the served pages; nil serves the files exactly as built.
  let live: LiveReload?
  /// The language of the server's own answers (a missing page, a bad address).
  let language: String
  private var listener: Int32 = -1
  private let waiting = ConnectionQueue()
  /// Threads answering requests.
  static let workerCount = 4
  /// Connections accepted and not yet answered, at most.
  static let maxWaiting = 64
  /// How long a connection may take to send its request or to take the answer, in seconds.
  static let timeout = 3

  /// A server for `root` on `port`; call ``start()`` to listen.
  public convenience init(root: String, port: Int, language: String = "ru") {
    self.init(root: root, port: port, live: nil, language: language)
  }

  init(root: String, port: Int, live: LiveReload?, language: String) {
    self.root = root
    self.port = port
    self.live = live
    self.language = language
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
    guard bound == 0, listen(listener, 128) == 0 else {
      close(listener)
      return "port \(port) is busy: choose another with --port"
    }
    Thread.detachNewThread { [self] in acceptLoop() }
    for _ in 0..<Self.workerCount {
      Thread.detachNewThread { [self] in
        while true { handle(waiting.take()) }
      }
    }
    return nil
  }

  /// Accepts connections and waits, all in this one thread, until each has sent something:
  /// only then a worker takes it. A connection silent for ``timeout`` seconds is closed, and
  /// beyond ``maxWaiting`` of them a new one is answered "503" at once.
  private func acceptLoop() {
    var pending: [PendingRequest] = []
    while true {
      var watched = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
      watched += pending.map { pollfd(fd: $0.socket, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&watched, nfds_t(watched.count), 1000)
      let now = Date().timeIntervalSince1970
      var still: [PendingRequest] = []
      for (index, var entry) in pending.enumerated() {
        if ready > 0 && watched[index + 1].revents != 0 && entry.readAvailable() {
          waiting.put(entry)
        } else if entry.deadline < now {
          close(entry.socket)
        } else {
          still.append(entry)
        }
      }
      pending = still
      guard ready > 0, watched[0].revents & Int16(POLLIN) != 0 else { continue }
      let client = accept(listener, nil, nil)
      if client < 0 { continue }
      var limit = timeval(tv_sec: Self.timeout, tv_usec: 0)
      let size = socklen_t(MemoryLayout<timeval>.size)
      setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
      setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
      guard pending.count + waiting.count < Self.maxWaiting else {
        HTTPResponse.answer(client, status: "503 Service Unavailable", body: "busy, retry\n")
        close(client)
        continue
      }
      pending.append(PendingRequest(socket: client, deadline: now + Double(Self.timeout)))
    }
  }

  private func handle(_ request: PendingRequest) {
    let client = request.socket
    guard let target = HTTPResponse.parse(request.bytes) else {
      close(client)
      return
    }
    let (method, path, query) = target
    if method == "GET", path == LiveReload.eventsPath, let live {
      if live.listen(client, query: query) { return }
      HTTPResponse.answer(client, status: "503 Service Unavailable", body: refusal("E620"))
      close(client)
      return
    }
    defer { close(client) }
    guard method == "GET" || method == "HEAD" else {
      return HTTPResponse.answer(client, status: "405 Method Not Allowed", body: refusal("E619"))
    }
    let head = method == "HEAD"
    if HTTPPath.isMalformed(path) {
      return HTTPResponse.answer(client, status: "400 Bad Request", body: refusal("E618"))
    }
    if path == LiveReload.scriptPath, live != nil {
      return HTTPResponse.answer(
        client, status: "200 OK", type: "text/javascript; charset=utf-8",
        bytes: Array(LiveReload.script.utf8), head: head)
    }
    guard let file = HTTPPath.file(for: path, in: root) else {
      guard let page = FileSystem.read(root + "/404.html") else {
        return HTTPResponse.answer(client, status: "404 Not Found", body: refusal("E617"))
      }
      return HTTPResponse.answer(
        client, status: "404 Not Found", type: "text/html; charset=utf-8", bytes: served(page),
        head: head)
    }
    let type = HTTPPath.contentType(of: file)
    var body = FileSystem.read(file) ?? []
    if type.hasPrefix("text/html") { body = served(body) }
    HTTPResponse.answer(client, status: "200 OK", type: type, bytes: body, head: head)
  }

  /// The text of the server's answer `id`, in its language, as one line.
  private func refusal(_ id: String) -> String {
    MessageCatalogue.text(id, in: language) + "\n"
  }

  /// A page as served: with the live-reload script when there is live reload.
  private func served(_ html: [UInt8]) -> [UInt8] {
    live?.inject(into: html) ?? html
  }
}

/// Maps request paths to files and files to content types.
enum HTTPPath {
  /// Whether a request target is malformed: a NUL byte, raw or as `%00`, or a control
  /// character (answered 400, never looked up).
  static func isMalformed(_ target: String) -> Bool {
    target.utf8.contains { $0 < 0x20 || $0 == 0x7F } || target.lowercased().contains("%00")
      || target.removingPercentEncodingSafely.utf8.contains(0)
  }

  /// The file a request path names inside `root`, or nil (missing, or outside `root`).
  static func file(for target: String, in root: String) -> String? {
    guard !isMalformed(target) else { return nil }
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
