import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading a request and writing an answer on a socket, for ``PreviewServer``.
enum HTTPResponse {
  /// The method, path and query of a request's first line; nil when it is not HTTP.
  static func parse(_ bytes: [UInt8]) -> (method: String, path: String, query: String)? {
    guard let lineEnd = bytes.firstIndex(of: 13) ?? bytes.firstIndex(of: 10) else { return nil }
    let parts = String(decoding: bytes[..<lineEnd], as: UTF8.self).split(separator: " ")
    guard parts.count >= 2 else { return nil }
    let target = String(parts[1])
    guard let mark = target.firstIndex(where: { $0 == "?" || $0 == "#" }) else {
      return (String(parts[0]), target, "")
    }
    return (
      String(parts[0]), String(target[..<mark]), String(target[target.index(after: mark)...])
    )
  }

  /// Writes a plain-text answer.
  static func answer(_ client: Int32, status: String, body: String) {
    answer(
      client, status: status, type: "text/plain; charset=utf-8", bytes: Array(body.utf8),
      head: false)
  }

  /// Writes a whole answer with `bytes` as its body (left out for HEAD).
  static func answer(_ client: Int32, status: String, type: String, bytes: [UInt8], head: Bool) {
    let header =
      "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(bytes.count)\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
    _ = send(Array(header.utf8) + (head ? [] : bytes), to: client)
  }

  /// Sends all of `bytes`; false when the other side is gone or too slow.
  static func send(_ bytes: [UInt8], to client: Int32) -> Bool {
    var sent = 0
    while sent < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
      }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return false }
      sent += written
    }
    return true
  }
}

/// A connection whose request is being read, a piece whenever it arrives, by the thread
/// that accepts connections; a worker gets it only once the request is whole.
struct PendingRequest {
  /// The connection.
  let socket: Int32
  /// When it is closed if the request is still not whole.
  let deadline: Double
  /// What came so far.
  var bytes: [UInt8] = []

  /// Reads what has arrived without waiting; true when the request is whole (its headers
  /// ended), too large to be one (over 8 KiB), or the other side stopped sending.
  mutating func readAvailable() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes {
      recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
    }
    if count < 0 { return errno != EAGAIN && errno != EINTR }
    if count == 0 { return true }
    bytes += buffer[0..<count]
    return bytes.count > 8192 || Self.hasEnd(bytes)
  }

  private static func hasEnd(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4 else { return false }
    for index in 0...(bytes.count - 4)
    where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13
      && bytes[index + 3] == 10
    {
      return true
    }
    return false
  }
}

/// Requests read whole, waiting for a worker thread.
final class ConnectionQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var sockets: [PendingRequest] = []

  /// How many wait.
  var count: Int {
    condition.lock()
    defer { condition.unlock() }
    return sockets.count
  }

  /// Adds one.
  func put(_ socket: PendingRequest) {
    condition.lock()
    sockets.append(socket)
    condition.signal()
    condition.unlock()
  }

  /// Takes the oldest, waiting for one.
  func take() -> PendingRequest {
    condition.lock()
    defer { condition.unlock() }
    while sockets.isEmpty { condition.wait() }
    return sockets.removeFirst()
  }
}
