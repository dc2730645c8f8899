/// The network map as SVG markup to put inside a page: `role="img"` with a title and a
/// description, every node a link with its name in `<title>` (shown on hover), the biggest
/// nodes labelled where their labels do not overlap, colours from the theme's CSS classes
/// (`net-…`, which read CSS variables). Byte-stable for the same graph and layout.
struct NetworkSVG {
  /// What the picture says in words.
  struct Texts {
    /// The picture's title (its accessible name).
    var title: String
    /// One or two sentences describing it (its accessible description).
    var description: String
    /// The hover text of each node, in the graph's node order.
    var tooltips: [String]
  }

  /// The graph.
  let graph: NetworkGraph
  /// Its layout.
  let layout: NetworkLayout
  /// How many nodes at most get a visible label.
  var labelLimit = 40
  /// A unique prefix for the ids inside the picture.
  var id = "network"

  /// The markup; `link` turns a node's output folder into the address to write.
  ///
  /// Two pictures, one over the other: the drawing (`role="img"`, which may hold no links),
  /// and over it a layer of the same circles, transparent, each a link with its name on hover.
  /// That layer is hidden from assistive technology and out of the tab order: keyboard and
  /// screen-reader users get the same links in the list beside the map.
  func markup(_ texts: Texts, link: (String) -> String) -> String {
    let box = "0 0 \(number(layout.width)) \(number(layout.height))"
    var out = "<div class=\"network-stack\">\n"
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\" viewBox=\"\(box)\""
    out += " role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">\n"
    out += "<title id=\"\(id)-title\">\(XML.escape(texts.title))</title>\n"
    out += "<desc id=\"\(id)-desc\">\(XML.escape(texts.description))</desc>\n"
    out += edges()
    out += "<g class=\"net-nodes\">\n"
    for (index, node) in graph.nodes.enumerated() {
      out += "<circle class=\"net-\(node.role.rawValue)\"\(circle(index))/>\n"
    }
    out += "</g>\n" + labels() + "</svg>\n"
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-links\" viewBox=\"\(box)\""
    out += " aria-hidden=\"true\" focusable=\"false\">\n"
    for (index, node) in graph.nodes.enumerated() {
      let tip = XML.escape(index < texts.tooltips.count ? texts.tooltips[index] : node.label)
      if let folder = node.folder {
        out += "<a href=\"\(XML.escape(link(folder)))\" tabindex=\"-1\"><title>\(tip)</title>"
        out += "<circle\(circle(index))/></a>\n"
      } else {
        out += "<g><title>\(tip)</title><circle\(circle(index))/></g>\n"
      }
    }
    return out + "</svg>\n</div>"
  }

  /// ` cx="…" cy="…" r="…"` of a node.
  private func circle(_ index: Int) -> String {
    let point = layout.positions[index]
    return
      " cx=\"\(number(point.x))\" cy=\"\(number(point.y))\" r=\"\(number(layout.radii[index]))\""
  }

  private func edges() -> String {
    var out = "<g class=\"net-edges\">\n"
    for relation in NetworkGraph.Relation.allCases {
      var path = ""
      for edge in graph.edges where edge.relation == relation {
        let a = layout.positions[edge.from]
        let b = layout.positions[edge.to]
        path += "M\(number(a.x)) \(number(a.y))L\(number(b.x)) \(number(b.y))"
      }
      guard !path.isEmpty else { continue }
      out += "<path class=\"net-\(relation.rawValue)\" d=\"\(path)\"/>\n"
    }
    return out + "</g>\n"
  }

  /// Labels of the biggest nodes first; one that would overlap a placed label (or leave the
  /// picture) is tried on the left, then left out (its name stays in the node's `<title>`).
  private func labels() -> String {
    let degrees = graph.degrees
    let order = graph.nodes.indices.sorted { (-degrees[$0], $0) < (-degrees[$1], $1) }
    var placed: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
    // Labels keep clear of the circles that may be labelled too (the biggest); on a small map
    // that is every circle, on a large one the small dots may sit under a label's halo.
    let candidates = Array(order.prefix(labelLimit))
    let circles = candidates.map { index in
      let point = layout.positions[index]
      let r = layout.radii[index]
      return (index: index, x0: point.x - r, y0: point.y - r, x1: point.x + r, y1: point.y + r)
    }
    // Labels keep about 12 CSS pixels however wide the picture is drawn (its width over ~720).
    let size = (12.0 * max(1, layout.width / 720)).rounded()
    var out = "<g class=\"net-labels\" aria-hidden=\"true\" font-size=\"\(number(size))\""
    out += " stroke-width=\"\(number(size / 4))\">\n"
    for index in candidates {
      let text = graph.nodes[index].shortLabel
      let width = Double(text.count) * size * 0.62
      let point = layout.positions[index]
      let gap = layout.radii[index] + 3
      // Right, left, above, below: the first place free of other labels and circles.
      let baseline = point.y + size * 0.35
      let spots: [(x: Double, y: Double, x0: Double, anchor: String)] = [
        (point.x + gap, baseline, point.x + gap, ""),
        (point.x - gap, baseline, point.x - gap - width, " text-anchor=\"end\""),
        (point.x, point.y - gap - 2, point.x - width / 2, " text-anchor=\"middle\""),
        (point.x, point.y + gap + size * 0.8, point.x - width / 2, " text-anchor=\"middle\""),
      ]
      for spot in spots {
        let box = (
          x0: spot.x0, y0: spot.y - size * 1.05, x1: spot.x0 + width, y1: spot.y + size * 0.05
        )
        guard box.x0 >= 0, box.x1 <= layout.width, box.y0 >= 0, box.y1 <= layout.height,
          !circles.contains(where: { circle in
            circle.index != index && box.x0 < circle.x1 && circle.x0 < box.x1 && box.y0 < circle.y1
              && circle.y0 < box.y1
          }),
          !placed.contains(where: {
            box.x0 < $0.x1 && $0.x0 < box.x1 && box.y0 < $0.y1 && $0.y0 < box.y1
          })
        else { continue }
        placed.append(box)
        out += "<text x=\"\(number(spot.x))\" y=\"\(number(spot.y))\"\(spot.anchor)>"
        out += XML.escape(text) + "</text>\n"
        break
      }
    }
    return out + "</g>\n"
  }

  private func number(_ value: Double) -> String { SVGNumber.text(value) }

}
