import Foundation
import XCTest

@testable import Site

/// The layout is the same for the same graph, in another process too, stays inside its
/// picture, and a 1,000-node map stays light and quick.
final class NetworkLayoutTests: XCTestCase {
  /// A network of `teachers` teachers in `schools` schools, each at a few of `seminars`
  /// seminars and writing a material with a colleague now and then.
  static func syntheticInput(teachers: Int, schools: Int, seminars: Int) -> NetworkInput {
    var input = NetworkInput()
    for index in 0..<teachers {
      input.people.append(
        .init(
          key: "portfolio:portfolios/t\(index)/", name: "Учитель\(index) Имя Отчество",
          folder: "portfolios/t\(index)/", schools: ["Школа № \(index % schools + 1)"]))
    }
    for index in 0..<seminars {
      let participants = (0..<6).map { input.people[(index * 7 + $0 * 13) % teachers].key }
      input.events.append(
        .init(
          title: "Семинар \(index)", folder: "seminars/s\(index)/", date: nil,
          participants: participants))
    }
    for index in 0..<teachers / 2 {
      input.materials.append(
        .init(
          title: "Урок \(index)", folder: "lessons/l\(index)/", date: nil, kind: "lesson",
          kindLabel: "Урок", kindFolder: "lessons/", subject: nil, level: nil,
          authors: [input.people[index].key, input.people[(index * 3 + 1) % teachers].key]))
    }
    return input
  }

  private func svg(_ graph: NetworkGraph, _ layout: NetworkLayout) -> String {
    NetworkSVG(graph: graph, layout: layout).markup(
      .init(title: "Карта", description: "Описание", tooltips: graph.nodes.map(\.label))
    ) { "../" + $0 }
  }

  func testTheSameGraphGivesTheSamePicture() {
    let graph = NetworkGraph(Self.syntheticInput(teachers: 60, schools: 8, seminars: 10))
    let first = NetworkLayout(graph)
    let second = NetworkLayout(
      NetworkGraph(Self.syntheticInput(teachers: 60, schools: 8, seminars: 10)))
    XCTAssertEqual(first, second)
    XCTAssertEqual(svg(graph, first), svg(graph, second))
  }

  func testEveryNodeIsInsideThePicture() {
    let graph = NetworkGraph(Self.syntheticInput(teachers: 120, schools: 12, seminars: 20))
    let layout = NetworkLayout(graph, width: 960)
    for (index, point) in layout.positions.enumerated() {
      XCTAssertTrue((0...layout.width).contains(point.x), "node \(index) at x \(point.x)")
      XCTAssertTrue((0...layout.height).contains(point.y), "node \(index) at y \(point.y)")
    }
  }

  func testAThousandNodesDrawQuicklyAndWeighAtMost150KilobytesGzipped() throws {
    let graph = NetworkGraph(Self.syntheticInput(teachers: 850, schools: 60, seminars: 89))
    XCTAssertGreaterThanOrEqual(graph.nodes.count, 1_000)
    let start = Date()
    let layout = NetworkLayout(graph, width: 1400)
    let markup = svg(graph, layout)
    let seconds = Date().timeIntervalSince(start)
    XCTAssertLessThan(seconds, 20, "debug build; a release build is many times faster")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("map-\(UUID()).svg")
    defer { try? FileManager.default.removeItem(at: file) }
    try markup.write(to: file, atomically: false, encoding: .utf8)
    let gzipped = try NetworkSVGTests.gzipSize(file)
    XCTAssertLessThanOrEqual(gzipped, 150 * 1024, "\(gzipped) bytes gzipped")
    print(
      "network map: \(graph.nodes.count) nodes, \(markup.utf8.count) bytes, \(gzipped) gzipped, \(seconds) s"
    )
  }

  func testTwoBuildsOfTheFixtureWriteTheSameMapsByteForByte() throws {
    var outputs: [URL] = []
    for _ in 0..<2 {
      let root = try TestSupport.copy("network")
      outputs.append(root)
      let outcome = try TestSupport.run(["build", "--source", root.path])
      XCTAssertEqual(outcome.status, 0, outcome.stderr)
    }
    defer {
      for output in outputs { try? FileManager.default.removeItem(at: output) }
    }
    for page in ["public/set/index.html", "public/portfolios/ivanova-anna/index.html"] {
      let first = try XCTUnwrap(TestSupport.read(page, in: outputs[0]))
      XCTAssertTrue(first.contains("<svg"), page)
      XCTAssertEqual(first, TestSupport.read(page, in: outputs[1]), page)
    }
  }
}
