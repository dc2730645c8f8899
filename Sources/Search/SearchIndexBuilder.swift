import Foundation

/// Builds a search index from documents handed over one at a time, from any number of
/// threads, so that no document's text has to be kept until the end.
///
/// Each `add` tokenises and stems its document at once and keeps only the weighted term
/// frequencies; `build` then needs the documents without their `body` and `headings`.
public final class SearchIndexBuilder: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [DocumentAnalyzer] = []
  private var busyCount = 0

  /// A builder with no documents yet.
  public init() {}

  /// Analyzes `document` as the one with id `id` (its position in the array later given to
  /// ``build(documents:)``). Safe to call from several threads at once, with distinct ids.
  public func add(_ document: SearchDocument, id: Int) {
    var analyzer = checkOut()
    analyzer.add(document, id: id)
    checkIn(analyzer)
  }

  /// The index of `documents`, whose words were given to ``add(_:id:)``; their `body` and
  /// `headings` are not read again. An id never added is a document without words. The
  /// builder lets go of what it was given and starts empty again.
  public func build(documents: [SearchDocument]) -> SearchIndex {
    lock.lock()
    // Checked before anything is taken, so that a misuse leaves the builder as it was.
    guard busyCount == 0 else {
      lock.unlock()
      preconditionFailure("build(documents:) called while documents are being added")
    }
    let analyzers = idle
    idle = []
    lock.unlock()
    let inverted = InvertedIndex(analyzers: analyzers, documentCount: documents.count)
    return SearchIndex(inverted: inverted, documents: documents)
  }

  private func checkOut() -> DocumentAnalyzer {
    lock.lock()
    defer { lock.unlock() }
    busyCount += 1
    return idle.popLast() ?? DocumentAnalyzer()
  }

  private func checkIn(_ analyzer: DocumentAnalyzer) {
    lock.lock()
    defer { lock.unlock() }
    busyCount -= 1
    idle.append(analyzer)
  }
}
