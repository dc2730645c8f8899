/// Small bar charts of the yearly report as SVG: `role="img"` named by its title, the values
/// in words in `<desc>` and on hover, bars coloured by the theme (`chart-bar`).
enum YearChart {
  /// Vertical bars, one per label (the months of the year).
  static func columns(title: String, id: String, labels: [String], values: [Int]) -> String {
    let width = 360.0
    let height = 150.0
    let top = 18.0
    let bottom = 20.0
    let step = width / Double(max(values.count, 1))
    let highest = Double(max(values.max() ?? 0, 1))
    var out = open(title: title, id: id, width: width, height: height, pairs: zip(labels, values))
    for (index, value) in values.enumerated() {
      let x = Double(index) * step
      let barHeight = (height - top - bottom) * Double(value) / highest
      let y = height - bottom - barHeight
      out += "<rect class=\"chart-bar\" x=\"\(n(x + step * 0.15))\" y=\"\(n(y))\""
      out += " width=\"\(n(step * 0.7))\" height=\"\(n(barHeight))\">"
      out += "<title>\(XML.escape(labels[index])): \(value)</title></rect>\n"
      if value > 0 {
        out +=
          "<text x=\"\(n(x + step / 2))\" y=\"\(n(y - 4))\" text-anchor=\"middle\">\(value)</text>\n"
      }
      out += "<text class=\"chart-axis\" x=\"\(n(x + step / 2))\" y=\"\(n(height - 6))\""
      out += " text-anchor=\"middle\">\(XML.escape(labels[index]))</text>\n"
    }
    return out + "</svg>"
  }

  /// Horizontal bars, a label above each (schools, whose names are long).
  static func bars(title: String, id: String, items: [(String, Int)]) -> String {
    let width = 360.0
    let row = 34.0
    let height = row * Double(items.count) + 4
    let highest = Double(max(items.map(\.1).max() ?? 0, 1))
    var out = open(
      title: title, id: id, width: width, height: height, pairs: items.map { ($0.0, $0.1) })
    for (index, item) in items.enumerated() {
      let y = Double(index) * row
      let length = max(2, (width - 40) * Double(item.1) / highest)
      out +=
        "<text x=\"0\" y=\"\(n(y + 12))\">\(XML.escape(NetworkGraph.short(item.0, role: .school, limit: 54)))</text>\n"
      out +=
        "<rect class=\"chart-bar\" x=\"0\" y=\"\(n(y + 17))\" width=\"\(n(length))\" height=\"10\">"
      out += "<title>\(XML.escape(item.0)): \(item.1)</title></rect>\n"
      out += "<text x=\"\(n(length + 6))\" y=\"\(n(y + 26))\">\(item.1)</text>\n"
    }
    return out + "</svg>"
  }

  private static func open(
    title: String, id: String, width: Double, height: Double,
    pairs: some Sequence<(String, Int)>
  ) -> String {
    let words = pairs.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""
    out += " viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\""
    out += " aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">\n"
    out += "<title id=\"\(id)-title\">\(XML.escape(title))</title>\n"
    out += "<desc id=\"\(id)-desc\">\(XML.escape(words))</desc>\n"
    return out
  }

  private static func n(_ value: Double) -> String { SVGNumber.text(value) }

}
