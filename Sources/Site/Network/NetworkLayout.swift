import Foundation

/// Where each node of a ``NetworkGraph`` goes: a seeded force-directed layout (Fruchterman and
/// Reingold); above 300 nodes repulsion acts only between nodes in neighbouring grid cells, so
/// each round costs O(n) on average and the number of rounds is bounded: 1,000 nodes take a fraction of a
/// second. Teachers start around their school, so schools come out as clusters. No dictionary
/// is iterated and no clock or random source is read: the same graph gives the same picture.
struct NetworkLayout: Sendable, Equatable {
  /// A point of the picture.
  struct Point: Sendable, Equatable {
    var x: Double
    var y: Double
  }

  /// Positions in `0…width × 0…height`, one per node, rounded to a tenth.
  private(set) var positions: [Point] = []
  /// The picture's width.
  let width: Double
  /// The picture's height.
  private(set) var height: Double
  /// Each node's radius.
  let radii: [Double]

  /// A layout made before (kept in the build cache).
  init(positions: [Point], width: Double, height: Double, radii: [Double]) {
    (self.positions, self.width, self.height, self.radii) = (positions, width, height, radii)
  }

  /// Lays out `graph` in a picture `width` wide.
  init(_ graph: NetworkGraph, width: Double = 960) {
    self.width = width
    let degrees = graph.degrees
    radii = graph.nodes.indices.map { index in
      let base = graph.nodes[index].role == .teacher ? 4.0 : 5.5
      return min(18, base + 1.6 * Double(degrees[index]).squareRoot())
    }
    var points = Self.start(graph)
    let count = graph.nodes.count
    if count > 1 {
      let spacing = count <= 60 ? 70.0 : 34.0
      let rounds = count <= 200 ? 160 : max(50, 40_000 / count)
      var heat = spacing * Double(count).squareRoot() / 4
      for _ in 0..<rounds {
        Self.step(&points, graph: graph, spacing: spacing, heat: heat)
        heat *= 0.96
      }
    }
    var (placed, height) = Self.fit(points, radii: radii, width: width)
    Self.separate(&placed, radii: radii, width: width, height: height)
    positions = placed.map { Point(x: ($0.x * 10).rounded() / 10, y: ($0.y * 10).rounded() / 10) }
    self.height = height
  }

  /// Pushes apart circles that overlap (with a 3-unit gap), neighbours found through a grid,
  /// a bounded number of passes; keeps every circle inside the picture.
  private static func separate(
    _ points: inout [Point], radii: [Double], width: Double, height: Double
  ) {
    let cell = 2 * (radii.max() ?? 4) + 3
    for _ in 0..<12 {
      var grid: [Int64: [Int]] = [:]
      let key = { (point: Point) -> (Int64, Int64) in
        (Int64((point.x / cell).rounded(.down)), Int64((point.y / cell).rounded(.down)))
      }
      for index in points.indices {
        let (x, y) = key(points[index])
        grid[(x << 32) ^ (y & 0xFFFF_FFFF), default: []].append(index)
      }
      var moved = false
      for index in points.indices {
        let (x, y) = key(points[index])
        for dx in Int64(-1)...1 {
          for dy in Int64(-1)...1 {
            for other in grid[((x + dx) << 32) ^ ((y + dy) & 0xFFFF_FFFF)] ?? [] where other > index
            {
              let ddx = points[other].x - points[index].x
              let ddy = points[other].y - points[index].y
              let distance = max((ddx * ddx + ddy * ddy).squareRoot(), 0.01)
              let deficit = radii[index] + radii[other] + 3 - distance
              guard deficit > 0 else { continue }
              let ux = distance > 0.01 ? ddx / distance : 1
              let uy = distance > 0.01 ? ddy / distance : 0
              points[index].x -= ux * deficit / 2
              points[index].y -= uy * deficit / 2
              points[other].x += ux * deficit / 2
              points[other].y += uy * deficit / 2
              moved = true
            }
          }
        }
      }
      for index in points.indices {
        points[index].x = min(max(points[index].x, radii[index] + 1), width - radii[index] - 1)
        points[index].y = min(max(points[index].y, radii[index] + 1), height - radii[index] - 1)
      }
      if !moved { break }
    }
  }

  /// Seeded start: school clusters on a golden-angle spiral, each node near its cluster.
  private static func start(_ graph: NetworkGraph) -> [Point] {
    var clusterOrder: [String: Int] = [:]
    for node in graph.nodes {
      if let cluster = node.cluster, clusterOrder[cluster] == nil {
        clusterOrder[cluster] = clusterOrder.count
      }
    }
    let golden = 2.399963229728653
    let clusterSpread = 120.0
    return graph.nodes.enumerated().map { index, node in
      var seed = seedOf(node.key)
      let jitterX = Double(seed % 1000) / 1000 - 0.5
      seed /= 1000
      let jitterY = Double(seed % 1000) / 1000 - 0.5
      let place = node.cluster.flatMap { clusterOrder[$0] }.map { $0 + 1 } ?? 0
      let centreRadius = clusterSpread * Double(place).squareRoot()
      let centre = Point(
        x: centreRadius * cos(Double(place) * golden), y: centreRadius * sin(Double(place) * golden)
      )
      let own = 10.0 * Double(index % 97).squareRoot()
      return Point(
        x: centre.x + own * cos(Double(index) * golden) + 8 * jitterX,
        y: centre.y + own * sin(Double(index) * golden) + 8 * jitterY)
    }
  }

  /// One round: grid-limited repulsion, attraction along edges, a pull to the centre.
  private static func step(
    _ points: inout [Point], graph: NetworkGraph, spacing k: Double, heat: Double
  ) {
    let count = points.count
    var shift = [Point](repeating: Point(x: 0, y: 0), count: count)
    // Up to 300 nodes every pair repels (one cell); above, only neighbouring cells do.
    let cell = count <= 300 ? Double.infinity : 3 * k
    var grid: [Int64: [Int]] = [:]
    func cellKey(_ x: Int64, _ y: Int64) -> Int64 { (x << 32) ^ (y & 0xFFFF_FFFF) }
    let cells = points.map {
      (Int64((($0.x) / cell).rounded(.down)), Int64(($0.y / cell).rounded(.down)))
    }
    for index in 0..<count {
      grid[cellKey(cells[index].0, cells[index].1), default: []].append(index)
    }
    for index in 0..<count {
      let (cx, cy) = cells[index]
      for dx in -1...1 {
        for dy in -1...1 {
          guard let others = grid[cellKey(cx + Int64(dx), cy + Int64(dy))] else { continue }
          for other in others where other != index {
            var ddx = points[index].x - points[other].x
            var ddy = points[index].y - points[other].y
            var distance2 = ddx * ddx + ddy * ddy
            if distance2 < 0.01 {
              ddx = Double((index - other) % 7) * 0.1 + 0.1
              ddy = 0.1
              distance2 = ddx * ddx + ddy * ddy
            }
            let force = k * k / distance2
            shift[index].x += ddx * force
            shift[index].y += ddy * force
          }
        }
      }
    }
    for edge in graph.edges {
      let ddx = points[edge.from].x - points[edge.to].x
      let ddy = points[edge.from].y - points[edge.to].y
      let distance = (ddx * ddx + ddy * ddy).squareRoot()
      guard distance > 0 else { continue }
      let strength = edge.relation == .worksAt ? 1.6 : 1.0
      let force = strength * distance / k
      shift[edge.from].x -= ddx / distance * force
      shift[edge.from].y -= ddy / distance * force
      shift[edge.to].x += ddx / distance * force
      shift[edge.to].y += ddy / distance * force
    }
    for index in 0..<count {
      shift[index].x -= points[index].x * 0.02
      shift[index].y -= points[index].y * 0.02
      let length = (shift[index].x * shift[index].x + shift[index].y * shift[index].y).squareRoot()
      guard length > 0 else { continue }
      let move = min(length, heat)
      points[index].x += shift[index].x / length * move
      points[index].y += shift[index].y / length * move
    }
  }

  /// Scales the points into the picture (keeping proportions, margins for labels).
  private static func fit(_ points: [Point], radii: [Double], width: Double) -> ([Point], Double) {
    guard !points.isEmpty else { return ([], 120) }
    let minX = points.map(\.x).min()!
    let maxX = points.map(\.x).max()!
    let minY = points.map(\.y).min()!
    let maxY = points.map(\.y).max()!
    // A small map leaves room at the sides for labels; a large one uses the whole width.
    let margin = points.count <= 40 ? width * 0.2 : 24.0
    let spanX = max(maxX - minX, 1)
    let spanY = max(maxY - minY, 1)
    let scale = min((width - 2 * margin) / spanX, 1.6)
    let height = min(max(spanY * scale + 48, 160), width * 1.1)
    let scaleY = min(scale, (height - 48) / spanY)
    let offsetX = (width - spanX * scale) / 2
    let placed = points.map { point in
      Point(
        x: (point.x - minX) * scale + offsetX, y: (point.y - minY) * scaleY + 24)
    }
    return (placed, height.rounded())
  }

  /// A stable number from a node's key (FNV-1a over its UTF-8), the layout's only seed.
  private static func seedOf(_ key: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
