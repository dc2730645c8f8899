import Foundation

/// The network as a graph: teachers, schools, seminars and kinds of material as nodes;
/// working at a school, taking part in a seminar, writing materials and writing them together
/// as edges. Made from ``NetworkInput`` only; nodes and edges in a stable order.
struct NetworkGraph: Sendable, Equatable {
  /// What a node stands for.
  enum Role: String, Sendable, CaseIterable {
    case teacher, school, seminar, material
  }

  /// What an edge says.
  enum Relation: String, Sendable, CaseIterable {
    /// A teacher works at a school.
    case worksAt
    /// A teacher took part in a seminar.
    case tookPart
    /// A teacher wrote materials of a kind (weight: how many).
    case wrote
    /// Two teachers wrote materials together (weight: how many).
    case coauthors
  }

  /// One node.
  struct Node: Sendable, Equatable {
    /// Stable key (`school:<name>`, `seminar:<folder>`, a person's key…).
    var key: String
    /// The label.
    var label: String
    /// The label the map writes beside the node (initials for a person, long names cut).
    var shortLabel: String
    /// The role.
    var role: Role
    /// The output folder it links to, when it has a page.
    var folder: String?
    /// The school the node belongs to, for clustering (its own key for a school).
    var cluster: String?
  }

  /// One edge between nodes `from` < `to` (indices into `nodes`).
  struct Edge: Sendable, Equatable, Hashable {
    var from: Int
    var to: Int
    var relation: Relation
    var weight: Int
  }

  /// Nodes: teachers, then schools, seminars and kinds of material, each in input order.
  private(set) var nodes: [Node] = []
  /// Edges sorted by (from, to, relation).
  private(set) var edges: [Edge] = []
  private var indexByKey: [String: Int] = [:]

  /// The graph of `input`; `materialKinds` adds a node per kind of material with its authors
  /// (a hub that a large network's map is clearer without).
  init(_ input: NetworkInput, materialKinds: Bool = true) {
    for person in input.people {
      let cluster = person.schools.first.map { "school:" + $0 }
      node(person.key, person.name, .teacher, person.folder, cluster)
    }
    var weights: [Edge: Int] = [:]
    func link(_ a: Int, _ b: Int, _ relation: Relation) {
      guard a != b else { return }
      weights[Edge(from: min(a, b), to: max(a, b), relation: relation, weight: 0), default: 0] += 1
    }
    for person in input.people {
      for school in person.schools {
        let index = node("school:" + school, school, .school, nil, "school:" + school)
        link(indexByKey[person.key]!, index, .worksAt)
      }
    }
    for event in input.events {
      let index = node("seminar:" + event.folder, event.title, .seminar, event.folder, nil)
      for key in Set(event.participants).sorted() { link(indexByKey[key]!, index, .tookPart) }
    }
    for material in input.materials {
      let authors = Set(material.authors.compactMap { indexByKey[$0] }).sorted()
      for (position, first) in authors.enumerated() {
        for second in authors[(position + 1)...] { link(first, second, .coauthors) }
      }
      guard materialKinds else { continue }
      let index = node(
        "material:" + material.kind, material.kindLabel, .material,
        material.kindFolder.isEmpty ? nil : material.kindFolder, nil)
      for author in authors { link(author, index, .wrote) }
    }
    edges = weights.map {
      Edge(from: $0.key.from, to: $0.key.to, relation: $0.key.relation, weight: $0.value)
    }
    .sorted { ($0.from, $0.to, $0.relation.rawValue) < ($1.from, $1.to, $1.relation.rawValue) }
  }

  @discardableResult
  private mutating func node(
    _ key: String, _ label: String, _ role: Role, _ folder: String?, _ cluster: String?
  ) -> Int {
    if let index = indexByKey[key] { return index }
    indexByKey[key] = nodes.count
    nodes.append(
      Node(
        key: key, label: label, shortLabel: Self.short(label, role: role), role: role,
        folder: folder, cluster: cluster))
    return nodes.count - 1
  }

  /// «Жукова Т. П.» for a three-word person's name; any label over `limit` characters cut
  /// with «…».
  static func short(_ label: String, role: Role, limit: Int = 26) -> String {
    let words = label.split(separator: " ")
    if role == .teacher, words.count == 3, words.allSatisfy({ $0.first?.isUppercase == true }) {
      return "\(words[0]) \(words[1].prefix(1)). \(words[2].prefix(1))."
    }
    guard label.count > limit else { return label }
    return label.prefix(limit - 1).trimmingCharacters(in: .whitespaces) + "…"
  }

  /// The index of the node with `key`.
  func index(of key: String) -> Int? { indexByKey[key] }

  /// How many edges touch each node (weights counted once per edge).
  var degrees: [Int] {
    var degrees = [Int](repeating: 0, count: nodes.count)
    for edge in edges {
      degrees[edge.from] += 1
      degrees[edge.to] += 1
    }
    return degrees
  }

  /// The part of the graph around one node: it, its neighbours, and the edges among them.
  func neighbourhood(of center: Int) -> NetworkGraph {
    var keep: Set<Int> = [center]
    for edge in edges where edge.from == center || edge.to == center {
      keep.insert(edge.from)
      keep.insert(edge.to)
    }
    return subgraph(keep)
  }

  /// The nodes in `keep` (order kept) and the edges between them.
  func subgraph(_ keep: Set<Int>) -> NetworkGraph {
    var result = NetworkGraph(NetworkInput())
    var renumber: [Int: Int] = [:]
    for index in nodes.indices where keep.contains(index) {
      renumber[index] = result.nodes.count
      result.indexByKey[nodes[index].key] = result.nodes.count
      result.nodes.append(nodes[index])
    }
    result.edges = edges.compactMap { edge in
      guard let from = renumber[edge.from], let to = renumber[edge.to] else { return nil }
      return Edge(from: from, to: to, relation: edge.relation, weight: edge.weight)
    }
    return result
  }
}
