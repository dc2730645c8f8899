import Mustache

extension ContextBuilder {
  /// The map page (`set/`): the whole network drawn, and the same relations as a list.
  func networkPage() -> ListPage {
    let folder = NetworkContext.folder
    let title = strings["network_title"]
    var context = common(
      folder: folder, title: title, description: strings["network_intro"],
      language: model.config.language, flag: "is_network")
    context["breadcrumbs"] = breadcrumbs(section: nil)
    let graph = network.graph
    let root = String(repeating: "../", count: LinkTarget.segmentCount(folder))
    let svg = NetworkSVG(graph: graph, layout: network.layout, labelLimit: 60, id: "network")
      .markup(networkTexts(graph, title: title, description: mapDescription(graph))) {
        root + self.model.config.href($0)
      }
    var value: [String: TemplateValue] = [
      "title": .string(title), "intro": .string(strings["network_intro"]), "svg": .string(svg),
      "groups": relationGroups(graph), "legend": legend(graph),
    ]
    value["coauthors"] = coauthors(graph)
    context["network"] = .dictionary(value.withListFlags())
    return ListPage(folder: folder, template: "network", context: .dictionary(context))
  }

  /// The smaller map of a portfolio: the teacher, their schools, seminars and co-authors;
  /// nil for a teacher with no connections.
  func portfolioNetwork(_ index: Int) -> TemplateValue? {
    let page = model.pages[index]
    let whole = network.graph
    guard let center = whole.index(of: NetworkFacts.key(ofPortfolio: page)) else { return nil }
    let graph = whole.neighbourhood(of: center)
    guard graph.nodes.count > 1 else { return nil }
    let name = shown(page.facts.name ?? page.title, page)
    let description = strings["network_portfolio_description"].replacingOccurrences(
      of: "{name}", with: name)
    let root = String(repeating: "../", count: LinkTarget.segmentCount(page.outputDirectory))
    let svg = NetworkSVG(
      graph: graph, layout: NetworkLayout.cached(graph, width: 400, in: cache), labelLimit: 24,
      id: "network-own"
    )
    .markup(
      networkTexts(graph, title: strings["network_portfolio_title"], description: description)
    ) {
      root + self.model.config.href($0)
    }
    return [
      "svg": .string(svg), "title": .string(strings["network_portfolio_title"]),
      "url": url(NetworkContext.folder),
    ]
  }

  private func mapDescription(_ graph: NetworkGraph) -> String {
    let count = { (role: NetworkGraph.Role) in graph.nodes.filter { $0.role == role }.count }
    return strings["network_description"]
      .replacingOccurrences(of: "{teachers}", with: strings.count(count(.teacher), "teachers"))
      .replacingOccurrences(of: "{schools}", with: strings.count(count(.school), "schools"))
      .replacingOccurrences(
        of: "{seminars}", with: strings.count(count(.seminar), "seminars_count"))
  }

  private func networkTexts(_ graph: NetworkGraph, title: String, description: String)
    -> NetworkSVG.Texts
  {
    var teachers = [Int](repeating: 0, count: graph.nodes.count)
    var schoolOf: [Int: String] = [:]
    for edge in graph.edges where edge.relation == .worksAt || edge.relation == .wrote {
      teachers[edge.to] += edge.relation == .worksAt ? 1 : edge.weight
      if edge.relation == .worksAt, schoolOf[edge.from] == nil {
        schoolOf[edge.from] = graph.nodes[edge.to].label
      }
    }
    let tips = graph.nodes.enumerated().map { index, node -> String in
      switch node.role {
      case .teacher: return node.label + (schoolOf[index].map { " — " + $0 } ?? "")
      case .school: return node.label + " — " + strings.count(teachers[index], "teachers")
      case .seminar: return node.label
      case .material: return node.label + " — " + strings.count(teachers[index], "materials")
      }
    }
    return .init(title: title, description: description, tooltips: tips)
  }

  /// The legend: one item per role with its colour class.
  private func legend(_ graph: NetworkGraph) -> TemplateValue {
    let shown = Set(graph.nodes.map(\.role))
    return .array(
      NetworkGraph.Role.allCases.filter(shown.contains).map { role in
        [
          "role": .string(role.rawValue),
          "label": .string(strings["network_role_" + role.rawValue]),
        ]
      })
  }

  /// Each school, seminar and kind of material with the teachers it connects.
  private func relationGroups(_ graph: NetworkGraph) -> TemplateValue {
    var members = [[Int]](repeating: [], count: graph.nodes.count)
    for edge in graph.edges where edge.relation != .coauthors { members[edge.to].append(edge.from) }
    let roles: [(NetworkGraph.Role, String)] = [
      (.school, "network_works_at"), (.seminar, "network_took_part"), (.material, "network_wrote"),
    ]
    var groups: [TemplateValue] = []
    for (role, relation) in roles {
      for index in graph.nodes.indices where graph.nodes[index].role == role {
        let people = members[index].sorted {
          RussianText.sortKey(graph.nodes[$0].label) < RussianText.sortKey(graph.nodes[$1].label)
        }
        guard !people.isEmpty else { continue }
        var value = nodeValue(graph.nodes[index])
        value["role_label"] = .string(strings["network_role_" + role.rawValue])
        value["relation"] = .string(strings[relation])
        value["members"] = .array(people.map { .dictionary(nodeValue(graph.nodes[$0])) })
        groups.append(.dictionary(value))
      }
    }
    return .array(groups)
  }

  private func coauthors(_ graph: NetworkGraph) -> TemplateValue {
    .array(
      graph.edges.filter { $0.relation == .coauthors }.map { edge in
        [
          "first": .dictionary(nodeValue(graph.nodes[edge.from])),
          "second": .dictionary(nodeValue(graph.nodes[edge.to])),
          "count_text": .string(strings.count(edge.weight, "materials")),
        ]
      })
  }

  private func nodeValue(_ node: NetworkGraph.Node) -> [String: TemplateValue] {
    var value: [String: TemplateValue] = ["name": .string(node.label)]
    if let folder = node.folder { value["url"] = url(folder) }
    return value
  }
}

/// Where the map lives.
enum NetworkContext {
  /// The map page's folder.
  static let folder = "set/"
  /// The folder of the yearly reports.
  static let reportsFolder = "report/"
  /// The keys the network and report contexts give templates (for ``TemplateCheck``).
  static let templateKeys: Set<String> = [
    "calendar_file", "start_time", "is_network", "network", "svg", "legend", "role",
    "role_label", "relation", "members", "coauthors", "first", "second", "network_map",
    "is_report", "report", "network_url", "reports_url", "planned", "teachers", "schools",
    "materials", "by_kind", "by_subject", "by_level", "key", "year", "reports", "counts", "charts",
    "chart",
    "has_charts",
  ]
}
