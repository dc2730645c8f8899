import XCTest

@testable import Site

/// The network graph of the fixture site `Tests/Fixtures/network`: three portfolios in two
/// schools, a person without a portfolio, three seminars, two lessons and an olympiad guide.
final class NetworkGraphTests: XCTestCase {
  static func fixtureModel() throws -> SiteModel {
    let source = TestSupport.fixtures.appendingPathComponent("network").path
    var run = Run(options: BuildOptions(sourceDirectory: source))
    let model = try XCTUnwrap(run.loadAndResolve())
    XCTAssertEqual(run.diagnostics.sorted.map(\.description), [])
    return model
  }

  private func graph() throws -> NetworkGraph {
    NetworkGraph(NetworkFacts.input(try Self.fixtureModel()) { "kind " + $0 })
  }

  func testNodesAreTeachersSchoolsSeminarsAndKinds() throws {
    let graph = try graph()
    let byRole = Dictionary(grouping: graph.nodes, by: \.role).mapValues {
      $0.map(\.label).sorted()
    }
    XCTAssertEqual(
      byRole[.teacher],
      [
        "Иванова Анна Сергеевна", "Кузнецова Мария Ивановна", "Петров Иван Олегович",
        "Сидорова Ольга Викторовна",
      ])
    XCTAssertEqual(byRole[.school], ["Гимназия № 2", "Лицей № 3", "Школа № 1"])
    XCTAssertEqual(
      byRole[.seminar], ["Весенний семинар", "Осенний семинар", "Сентябрьский семинар"])
    XCTAssertEqual(byRole[.material], ["kind lesson", "kind olympiad"])
    let teacher = try XCTUnwrap(graph.nodes.first { $0.label == "Иванова Анна Сергеевна" })
    XCTAssertEqual(teacher.folder, "portfolios/ivanova-anna/")
    XCTAssertEqual(teacher.shortLabel, "Иванова А. С.")
    XCTAssertNil(graph.nodes.first { $0.label == "Кузнецова Мария Ивановна" }?.folder)
  }

  private func edges(_ graph: NetworkGraph, _ relation: NetworkGraph.Relation) -> [String] {
    graph.edges.filter { $0.relation == relation }.map {
      "\(graph.nodes[$0.from].label) — \(graph.nodes[$0.to].label) ×\($0.weight)"
    }.sorted()
  }

  func testEdgesAreWorkPlacesParticipationAuthorshipAndCoauthorship() throws {
    let graph = try graph()
    XCTAssertEqual(
      edges(graph, .worksAt),
      [
        "Иванова Анна Сергеевна — Школа № 1 ×1", "Кузнецова Мария Ивановна — Лицей № 3 ×1",
        "Петров Иван Олегович — Школа № 1 ×1", "Сидорова Ольга Викторовна — Гимназия № 2 ×1",
      ])
    XCTAssertEqual(
      edges(graph, .tookPart),
      [
        "Иванова Анна Сергеевна — Весенний семинар ×1",
        "Иванова Анна Сергеевна — Осенний семинар ×1",
        "Кузнецова Мария Ивановна — Осенний семинар ×1",
        "Петров Иван Олегович — Весенний семинар ×1",
        "Сидорова Ольга Викторовна — Осенний семинар ×1",
        "Сидорова Ольга Викторовна — Сентябрьский семинар ×1",
      ])
    XCTAssertEqual(
      edges(graph, .wrote),
      [
        "Иванова Анна Сергеевна — kind lesson ×1", "Иванова Анна Сергеевна — kind olympiad ×1",
        "Петров Иван Олегович — kind lesson ×1", "Сидорова Ольга Викторовна — kind lesson ×1",
      ])
    XCTAssertEqual(edges(graph, .coauthors), ["Иванова Анна Сергеевна — Петров Иван Олегович ×1"])
  }

  func testNeighbourhoodKeepsTheTeacherAndWhoAndWhatTheyAreLinkedTo() throws {
    let graph = try graph()
    let center = try XCTUnwrap(graph.index(of: "portfolio:portfolios/petrov-ivan/"))
    let own = graph.neighbourhood(of: center)
    XCTAssertEqual(
      own.nodes.map(\.label).sorted(),
      [
        "kind lesson", "Весенний семинар", "Иванова Анна Сергеевна", "Петров Иван Олегович",
        "Школа № 1",
      ])
    XCTAssertTrue(own.edges.allSatisfy { $0.from < own.nodes.count && $0.to < own.nodes.count })
    XCTAssertEqual(edges(own, .coauthors), ["Иванова Анна Сергеевна — Петров Иван Олегович ×1"])
  }

  func testLongLabelsAreCut() {
    XCTAssertEqual(
      NetworkGraph.short("Информационно-методический центр района", role: .school),
      "Информационно-методически…")
    XCTAssertEqual(NetworkGraph.short("Школа № 1", role: .school), "Школа № 1")
  }
}
