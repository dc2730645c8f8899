import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl+C (SIGINT) and SIGTERM during a build: before the build starts moving files into
/// the output, its staging folder is removed and the process ends, so the previous site
/// stays whole; while it moves files in (a short step), it finishes first and then ends.
final class Interruption: @unchecked Sendable {
  /// The one instance: signal handling is per process.
  static let shared = Interruption()

  /// The language of the line printed when a signal ends the build (see
  /// ``MessageLanguage/useForInterruptions(_:)``); set once, before any build starts.
  nonisolated(unsafe) static var language = "ru"

  private let lock = NSLock()
  private var areas: [ObjectIdentifier: (area: StagingArea, writer: OutputWriter)] = [:]
  private var committing = 0
  private var pending: Int32?
  private var sources: [DispatchSourceSignal] = []

  private init() {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [unowned self] in self.received(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// Watches over a build's staging folder until ``release(_:)``.
  func guardBuild(_ area: StagingArea, writer: OutputWriter) {
    lock.lock()
    areas[ObjectIdentifier(area)] = (area, writer)
    lock.unlock()
  }

  /// The build is done with its staging folder.
  func release(_ area: StagingArea) {
    lock.lock()
    areas[ObjectIdentifier(area)] = nil
    lock.unlock()
  }

  /// Runs `body` (moving files into the output) to its end even when a signal comes; the
  /// process then ends as the signal asked.
  func uninterrupted<T>(_ body: () -> T) -> T {
    lock.lock()
    committing += 1
    lock.unlock()
    let result = body()
    lock.lock()
    committing -= 1
    let signal = committing == 0 ? pending : nil
    lock.unlock()
    if let signal {
      say("pednet-build: interrupted after the output was fully written")
      exit(128 + signal)
    }
    return result
  }

  private func received(_ number: Int32) {
    lock.lock()
    if committing > 0 {
      pending = number
      lock.unlock()
      return
    }
    let open = Array(areas.values)
    lock.unlock()
    for (area, writer) in open { writer.discard(area) }
    say("pednet-build: interrupted; the previous output was left as it was")
    exit(128 + number)
  }

  private func say(_ english: String) {
    let text = MessageCatalogue.localized(english, in: Self.language).text
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
