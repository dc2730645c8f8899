import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `serve`'s live reload: pages it serves get one small script (never written by `build`)
/// that listens to server-sent events; after a rebuild the open page reloads when its file
/// (or a style or script) changed, and while the site does not build the page shows the
/// errors over itself until they are fixed.
final class LiveReload: @unchecked Sendable {
  /// Where the script and the event stream are served.
  static let scriptPath = "/__pednet/live.js"
  static let eventsPath = "/__pednet/events"
  /// At most this many pages listen at once; more get "busy" and retry.
  static let maxListeners = 32

  private let lock = NSLock()
  private var listeners: [Int32] = []
  private var version = 0
  private var errors: [String] = []

  /// The tag put before `</body>` of every served page.
  var tag: String {
    lock.lock()
    defer { lock.unlock() }
    return "<script src=\"\(Self.scriptPath)?v=\(version)\"></script>"
  }

  /// `html` with the script tag before its last `</body>` (or at its end).
  func inject(into html: [UInt8]) -> [UInt8] {
    let tag = Array(self.tag.utf8)
    let close = Array("</body>".utf8)
    var index = html.count - close.count
    while index >= 0 {
      if html[index] == close[0], Array(html[index..<index + close.count]) == close {
        return Array(html[..<index]) + tag + html[index...]
      }
      index -= 1
    }
    return html + tag
  }

  /// A build succeeded: pages showing one of `changed` reload, error overlays go away.
  func built(changed: [String]) {
    let list = changed.prefix(2000).map { "\"\(Self.jsonEscaped($0))\"" }.joined(separator: ",")
    broadcast(errors: []) { version in
      "event: reload\ndata: {\"version\":\(version),\"changed\":[\(list)]}\n\n"
    }
  }

  /// A build failed with `messages`: every open page shows them.
  func failed(_ messages: [String]) {
    broadcast(errors: messages) { _ in Self.errorEvent(messages) }
  }

  /// Keeps the event streams alive and finds the closed ones.
  func ping() {
    send(": ping\n\n")
  }

  private func broadcast(errors: [String], _ event: (Int) -> String) {
    lock.lock()
    version += 1
    self.errors = errors
    let text = event(version)
    lock.unlock()
    send(text)
  }

  private func send(_ text: String) {
    lock.lock()
    let open = listeners
    lock.unlock()
    let closed = open.filter { !HTTPResponse.send(Array(text.utf8), to: $0) }
    guard !closed.isEmpty else { return }
    lock.lock()
    listeners.removeAll { closed.contains($0) }
    lock.unlock()
    for client in closed { close(client) }
  }

  /// Takes over `client` asking for the event stream (the page's build `version` in the
  /// query); false when too many pages listen already (the caller answers and closes).
  func listen(_ client: Int32, query: String) -> Bool {
    let seen = Int(query.split(separator: "=").last ?? "") ?? -1
    lock.lock()
    guard listeners.count < Self.maxListeners else {
      lock.unlock()
      return false
    }
    let (current, errors) = (version, self.errors)
    listeners.append(client)
    lock.unlock()
    var first =
      "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\r\n"
    if !errors.isEmpty {
      first += Self.errorEvent(errors)
    } else if seen != current {
      first += "event: reload\ndata: {\"version\":\(current),\"changed\":[],\"all\":true}\n\n"
    }
    _ = HTTPResponse.send(Array(first.utf8), to: client)
    return true
  }

  private static func errorEvent(_ messages: [String]) -> String {
    let list = messages.prefix(30).map { "\"\(jsonEscaped($0))\"" }.joined(separator: ",")
    return "event: errors\ndata: {\"errors\":[\(list)]}\n\n"
  }

  private static func jsonEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "<": result += "\\u003c"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
