import Foundation

/// The network of one build, made once: the facts, the graph and the layout of the whole map.
/// Shared by the contexts of the map page, the portfolios and the yearly reports.
final class NetworkSite: Sendable {
  /// The facts read from the pages.
  let input: NetworkInput
  /// The whole graph.
  let graph: NetworkGraph
  /// Its layout, made the first time the map page asks (a check run never draws it).
  var layout: NetworkLayout { layoutBox.value }
  private let layoutBox: LazyBox<NetworkLayout>

  /// The network of `model`; `label` gives the UI label of a kind; the layout is taken from
  /// `cache` when this graph was laid out before.
  init(model: SiteModel, cache: BuildCache? = nil, label: (String) -> String) {
    input = NetworkFacts.input(model, label: label)
    let graph = NetworkGraph(input, materialKinds: input.people.count <= 150)
    self.graph = graph
    let count = graph.nodes.count
    let width: Double = count <= 60 ? 640 : count <= 300 ? 960 : 1400
    layoutBox = LazyBox { NetworkLayout.cached(graph, width: width, in: cache) }
  }
}

/// A value computed once, on first use, from any thread.
final class LazyBox<Value: Sendable>: @unchecked Sendable {
  private let make: @Sendable () -> Value
  private var made: Value?
  private let lock = NSLock()

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  /// The value, made now if it was not yet.
  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}
