extension NetworkLayout {
  /// The layout of `graph` in a picture `width` wide, taken from `cache` when the same graph
  /// was laid out before (laying out is most of what a portfolio's page costs), else laid
  /// out and kept there.
  static func cached(_ graph: NetworkGraph, width: Double, in cache: BuildCache?)
    -> NetworkLayout
  {
    guard let cache else { return NetworkLayout(graph, width: width) }
    let key = cacheKey(graph, width: width)
    if let bytes = cache.value(for: key),
      let layout = NetworkLayout(cacheBytes: bytes, nodes: graph.nodes.count, width: width)
    {
      return layout
    }
    let layout = NetworkLayout(graph, width: width)
    cache.store(layout.cacheBytes, for: key)
    return layout
  }

  /// A hash of everything about `graph` (every node's fields, every edge) and `width`.
  static func cacheKey(_ graph: NetworkGraph, width: Double) -> UInt64 {
    var hash = ContentHash()
    hash.add("network layout")
    hash.add(Int(Int64(bitPattern: width.bitPattern)))
    for node in graph.nodes {
      for text in [node.key, node.label, node.shortLabel, node.role.rawValue] { hash.add(text) }
      hash.add(node.folder.map { "+" + $0 } ?? "-")
      hash.add(node.cluster.map { "+" + $0 } ?? "-")
    }
    for edge in graph.edges {
      for number in [edge.from, edge.to, edge.weight] { hash.add(number) }
      hash.add(edge.relation.rawValue)
    }
    return hash.value
  }

  /// The bytes the cache keeps.
  var cacheBytes: [UInt8] {
    var writer = CacheWriter()
    writer.add(height.bitPattern)
    writer.add(positions) { writer, point in
      writer.add(point.x.bitPattern)
      writer.add(point.y.bitPattern)
    }
    writer.add(radii) { $0.add($1.bitPattern) }
    return writer.bytes
  }

  /// The layout `bytes` hold (``cacheBytes``) for a graph of `nodes` nodes; nil when they
  /// hold none.
  init?(cacheBytes bytes: [UInt8], nodes: Int, width: Double) {
    var reader = CacheReader(bytes)
    guard let height = reader.word().map(Double.init(bitPattern:)),
      let positions = reader.list({ reader -> Point? in
        guard let x = reader.word(), let y = reader.word() else { return nil }
        return Point(x: Double(bitPattern: x), y: Double(bitPattern: y))
      }),
      let radii = reader.list({ $0.word().map(Double.init(bitPattern:)) }), reader.isAtEnd,
      positions.count == nodes, radii.count == nodes
    else { return nil }
    self.init(positions: positions, width: width, height: height, radii: radii)
  }
}
