import Foundation
import XCTest

@testable import Site

/// The map's markup: accessible, every node a link where it has a page, names in `<title>`.
final class NetworkSVGTests: XCTestCase {
  static func gzipSize(_ file: URL) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-9", "-c", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data.count
  }

  private func markup() throws -> (NetworkGraph, String) {
    let model = try NetworkGraphTests.fixtureModel()
    let graph = NetworkGraph(NetworkFacts.input(model) { $0 })
    let svg = NetworkSVG(graph: graph, layout: NetworkLayout(graph), id: "m").markup(
      .init(
        title: "Карта <сети>", description: "Связи", tooltips: graph.nodes.map { $0.label + "!" })
    ) { "../" + $0 }
    return (graph, svg)
  }

  func testThePictureIsAnImageWithATitleAndADescription() throws {
    let (_, svg) = try markup()
    XCTAssertTrue(
      svg.hasPrefix(
        "<div class=\"network-stack\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\""
      ))
    let drawing = svg.components(separatedBy: "class=\"network-links\"")[0]
    XCTAssertFalse(drawing.contains("<a "), "a role=img picture holds no links")
    XCTAssertTrue(svg.contains("class=\"network-links\" viewBox="))
    XCTAssertTrue(svg.contains("aria-hidden=\"true\" focusable=\"false\">"))
    XCTAssertTrue(
      svg.contains("role=\"img\" aria-labelledby=\"m-title\" aria-describedby=\"m-desc\""))
    XCTAssertTrue(svg.contains("<title id=\"m-title\">Карта &lt;сети&gt;</title>"))
    XCTAssertTrue(svg.contains("<desc id=\"m-desc\">Связи</desc>"))
  }

  func testEveryNodeWithAPageIsALinkWithItsNameOnHover() throws {
    let (graph, svg) = try markup()
    XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 2 * graph.nodes.count)
    let linked = graph.nodes.filter { $0.folder != nil }.count
    XCTAssertEqual(svg.components(separatedBy: "<a href=").count - 1, linked)
    XCTAssertTrue(
      svg.contains(
        "<a href=\"../portfolios/ivanova-anna/\" tabindex=\"-1\"><title>Иванова Анна Сергеевна!</title>"
      ), svg)
    XCTAssertTrue(
      svg.contains("<g><title>Кузнецова Мария Ивановна!</title><circle cx="))
    XCTAssertTrue(svg.contains(">Иванова А. С.</text>"))
  }
}
