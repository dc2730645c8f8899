import Dispatch

/// A step of the build that runs on its own thread while the next steps go on (the search
/// index is written while pages render); ``wait()`` joins it and tells how long it took.
final class BackgroundStep: @unchecked Sendable {
  private let done = DispatchGroup()
  private var seconds = 0.0

  /// Starts `body` at once on another thread.
  init(_ body: @escaping @Sendable () -> Void) {
    DispatchQueue.global().async(group: done) { [self] in
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
  }

  /// Blocks until the step has finished; its duration in seconds.
  func wait() -> Double {
    done.wait()
    return seconds
  }
}
